-- Nearly every cadre and title started before any date the dashboard asks about, so "start_date <= asOf" selects
-- almost all rows: H2 still chose these indexes and walked them row by row back to the table, twice as slow as
-- reading the table (measured by DashboardBenchmark). Commune-filtered queries keep their own indexes.
DROP INDEX ix_cadre_dates ON cadre;
DROP INDEX ix_holding_dates ON position_holding;
