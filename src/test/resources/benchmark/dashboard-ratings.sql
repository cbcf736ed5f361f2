-- Ratings per year on the dashboard, written by hand: active cadres rated, and rated HTXS or HTT.
SELECT r.rating_year, COUNT(*), SUM(CASE WHEN r.rating IN ('HTXS', 'HTT') THEN 1 ELSE 0 END)
FROM annual_rating r
JOIN cadre c ON c.id = r.cadre_id
WHERE c.start_date <= :asOf AND (c.end_date IS NULL OR c.end_date > :asOf) /*cadres in scope*/
GROUP BY r.rating_year
