-- Targets of Resolution 34-NQ/TU, as fixed in indicators.md. rule_kind:
--   AT_LEAST  value >= lower_bound       ALL_OF  value = 100 %
--   BAND      lower_bound..upper_bound   NONE    shown, never judged
--   COUNT     a count >= lower_bound over the period
INSERT INTO indicator_target (code, sort_order, population, rule_kind, lower_bound, upper_bound, baseline_year, deadline_year, annual) VALUES
('T1',   1, 'ALL',       'ALL_OF',   1.0000, NULL,   2026, 2030, FALSE),
('T2',   2, 'ALL',       'AT_LEAST', 0.2000, NULL,   2026, 2030, FALSE),
('T3',   3, 'LEADERS',   'ALL_OF',   1.0000, NULL,   2026, 2030, FALSE),
('T4',   4, 'PLAN_KEY',  'ALL_OF',   1.0000, NULL,   2026, 2030, FALSE),
('T5',   5, 'ALL',       'AT_LEAST', 0.9000, NULL,   2026, 2030, FALSE),
('T6',   6, 'RATED',     'AT_LEAST', 0.9000, NULL,   2026, 2030, TRUE),
('T7a',  7, 'PLAN',      'AT_LEAST', 0.2000, NULL,   2026, 2030, FALSE),
('T7b',  8, 'PLAN',      'AT_LEAST', 0.2500, NULL,   2026, 2030, FALSE),
('T7c',  9, 'PLAN',      'BAND',     0.0500, 0.1000, 2026, 2030, FALSE),
('T7d', 10, 'PLAN',      'NONE',     NULL,   NULL,   2026, 2030, FALSE),
('T7e', 11, 'COMMUNES',  'ALL_OF',   1.0000, NULL,   2026, 2030, FALSE),
('T8a', 12, 'COMMITTEE', 'AT_LEAST', 0.1000, NULL,   2026, 2030, FALSE),
('T8b', 13, 'COMMITTEE', 'AT_LEAST', 0.0500, NULL,   2026, 2030, FALSE),
('T8c', 14, 'COMMITTEE', 'AT_LEAST', 0.1500, NULL,   2026, 2030, FALSE),
('T8d', 15, 'COMMUNES',  'ALL_OF',   1.0000, NULL,   2026, 2030, FALSE),
('T8e', 16, 'COMMITTEE', 'NONE',     NULL,   NULL,   2026, 2030, FALSE),
('T9a', 17, 'SOURCE',    'ALL_OF',   1.0000, NULL,   2026, 2030, FALSE),
('T9c', 18, 'SOURCE',    'AT_LEAST', 0.3000, NULL,   2026, 2030, FALSE),
('T9d', 19, 'COURSES',   'COUNT',    2.0000, NULL,   2026, 2030, FALSE);
