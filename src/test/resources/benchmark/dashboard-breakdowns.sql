-- The dashboard's breakdowns in one statement written by hand: active cadres grouped by the populations they
-- belong to (planning pools, source, leaders, committee, standing committee) and by education, political theory,
-- gender, bloc, age band and ethnicity; the benchmarks sum the groups into one count per population, dimension
-- and value. Age bands at the as-of date: under 30, 30-41, 42-50, 51-60, over 60.
SELECT plan_key, plan, source_pool, leader, committee, btv, education, political_theory, gender, bloc, age_band,
       ethnicity, COUNT(*)
FROM (SELECT CASE WHEN c.planned_key_title THEN 1 ELSE 0 END AS plan_key,
              CASE WHEN c.planned_key_title OR c.planned_committee THEN 1 ELSE 0 END AS plan,
              CASE WHEN c.source_pool THEN 1 ELSE 0 END AS source_pool,
              COALESCE(h.leader, 0) AS leader,
              COALESCE(h.committee, 0) AS committee,
              COALESCE(h.btv, 0) AS btv,
              c.education, c.political_theory, c.gender, c.bloc,
              CASE WHEN c.birth_date IS NULL THEN 'UNKNOWN'
                   WHEN c.birth_date > :b30 THEN 'UNDER_30'
                   WHEN c.birth_date > :youngSince THEN 'FROM_30_TO_41'
                   WHEN c.birth_date > :b51 THEN 'FROM_42_TO_50'
                   WHEN c.birth_date > :b61 THEN 'FROM_51_TO_60'
                   ELSE 'OVER_60' END AS age_band,
              NULLIF(c.ethnicity, '') AS ethnicity
       FROM cadre c
       LEFT JOIN (SELECT ph.cadre_id,
                         MAX(CASE WHEN ph.position_code IN ('BI_THU', 'PHO_BI_THU_TT', 'CT_HDND', 'PCT_HDND',
                                                            'CT_UBND', 'PCT_UBND') THEN 1 ELSE 0 END) AS leader,
                         MAX(CASE WHEN ph.position_code IN ('BCH', 'BTV') THEN 1 ELSE 0 END) AS committee,
                         MAX(CASE WHEN ph.position_code = 'BTV' THEN 1 ELSE 0 END) AS btv
                  FROM position_holding ph
                  WHERE ph.start_date <= :asOf AND (ph.end_date IS NULL OR ph.end_date > :asOf) /*holdings in scope*/
                  GROUP BY ph.cadre_id) h ON h.cadre_id = c.id
       WHERE c.start_date <= :asOf AND (c.end_date IS NULL OR c.end_date > :asOf) /*cadres in scope*/) t
GROUP BY plan_key, plan, source_pool, leader, committee, btv, education, political_theory, gender, bloc, age_band,
         ethnicity
