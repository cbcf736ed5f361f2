-- Every counter of the dashboard per commune, in one statement written by hand: the yardstick the benchmark
-- holds IndicatorEngine to, for its numbers and its speed. Columns follow the order of the Counter enum.
-- The benchmarks put "AND c.commune_id = :commune" (and ph.) in place of the scope markers for one commune.
-- Ranks: CU_NHAN_CAO_CAP 3, TRUNG_CAP 2, SO_CAP 1, CHUA_CO 0; a title without a standard requires TRUNG_CAP.
SELECT c.commune_id,
       COUNT(*),
       SUM(CASE WHEN c.education IN ('DAI_HOC', 'THAC_SI', 'TIEN_SI') THEN 1 ELSE 0 END),
       SUM(CASE WHEN c.education IN ('THAC_SI', 'TIEN_SI') THEN 1 ELSE 0 END),
       SUM(CASE WHEN c.gender IS NOT NULL AND c.birth_date IS NOT NULL AND c.ethnicity <> ''
                 AND c.education IS NOT NULL AND c.political_theory IS NOT NULL AND c.bloc IS NOT NULL
                THEN 1 ELSE 0 END),
       COUNT(r.rating),
       SUM(CASE WHEN r.rating IN ('HTXS', 'HTT') THEN 1 ELSE 0 END),
       SUM(CASE WHEN h.required_rank IS NOT NULL THEN 1 ELSE 0 END),
       SUM(CASE WHEN CASE c.political_theory WHEN 'CU_NHAN_CAO_CAP' THEN 3 WHEN 'TRUNG_CAP' THEN 2
                          WHEN 'SO_CAP' THEN 1 WHEN 'CHUA_CO' THEN 0 ELSE -1 END >= h.required_rank
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN c.planned_key_title THEN 1 ELSE 0 END),
       -- the planning pool is held to the least demanding key-title standard
       SUM(CASE WHEN c.planned_key_title
                 AND CASE c.political_theory WHEN 'CU_NHAN_CAO_CAP' THEN 3 WHEN 'TRUNG_CAP' THEN 2
                          WHEN 'SO_CAP' THEN 1 WHEN 'CHUA_CO' THEN 0 ELSE -1 END
                     >= (SELECT COALESCE(MIN(CASE min_level WHEN 'CU_NHAN_CAO_CAP' THEN 3 WHEN 'SO_CAP' THEN 1
                                                            WHEN 'CHUA_CO' THEN 0 ELSE 2 END), 2)
                         FROM political_theory_standard)
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN c.planned_key_title AND c.gender = 'NU' THEN 1 ELSE 0 END),
       SUM(CASE WHEN (c.planned_key_title OR c.planned_committee) THEN 1 ELSE 0 END),
       SUM(CASE WHEN (c.planned_key_title OR c.planned_committee) AND c.birth_date > :youngSince
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN (c.planned_key_title OR c.planned_committee) AND c.gender = 'NU' THEN 1 ELSE 0 END),
       SUM(CASE WHEN (c.planned_key_title OR c.planned_committee) AND c.stem THEN 1 ELSE 0 END),
       SUM(CASE WHEN (c.planned_key_title OR c.planned_committee) AND c.ethnicity <> ''
                 AND LOWER(c.ethnicity) <> 'kinh' THEN 1 ELSE 0 END),
       SUM(CASE WHEN h.committee = 1 THEN 1 ELSE 0 END),
       SUM(CASE WHEN h.committee = 1 AND c.birth_date > :youngSince THEN 1 ELSE 0 END),
       SUM(CASE WHEN h.committee = 1 AND c.stem THEN 1 ELSE 0 END),
       SUM(CASE WHEN h.committee = 1 AND c.gender = 'NU' THEN 1 ELSE 0 END),
       SUM(CASE WHEN h.committee = 1 AND c.ethnicity <> '' AND LOWER(c.ethnicity) <> 'kinh'
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN h.btv = 1 THEN 1 ELSE 0 END),
       SUM(CASE WHEN h.btv = 1 AND c.gender = 'NU' THEN 1 ELSE 0 END),
       SUM(CASE WHEN c.source_pool THEN 1 ELSE 0 END),
       SUM(CASE WHEN c.source_pool AND c.llct_advanced_trained THEN 1 ELSE 0 END),
       SUM(CASE WHEN c.source_pool AND c.education IN ('THAC_SI', 'TIEN_SI') THEN 1 ELSE 0 END)
FROM cadre c
LEFT JOIN annual_rating r ON r.cadre_id = c.id AND r.rating_year = :year
-- titles and seats held at the date, one row per cadre; required_rank is NULL for a cadre with no key title
LEFT JOIN (SELECT ph.cadre_id,
                  MAX(CASE WHEN ph.position_code IN ('BI_THU', 'PHO_BI_THU_TT', 'CT_HDND', 'PCT_HDND',
                                                     'CT_UBND', 'PCT_UBND')
                           THEN CASE s.min_level WHEN 'CU_NHAN_CAO_CAP' THEN 3 WHEN 'SO_CAP' THEN 1
                                     WHEN 'CHUA_CO' THEN 0 ELSE 2 END END) AS required_rank,
                  MAX(CASE WHEN ph.position_code IN ('BCH', 'BTV') THEN 1 ELSE 0 END) AS committee,
                  MAX(CASE WHEN ph.position_code = 'BTV' THEN 1 ELSE 0 END) AS btv
           FROM position_holding ph
           LEFT JOIN political_theory_standard s ON s.position_code = ph.position_code
           WHERE ph.start_date <= :asOf AND (ph.end_date IS NULL OR ph.end_date > :asOf) /*holdings in scope*/
           GROUP BY ph.cadre_id) h ON h.cadre_id = c.id
WHERE c.start_date <= :asOf AND (c.end_date IS NULL OR c.end_date > :asOf) /*cadres in scope*/
GROUP BY c.commune_id
