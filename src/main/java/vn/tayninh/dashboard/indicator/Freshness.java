package vn.tayninh.dashboard.indicator;

/**
 * Whether live figures may be provisional: in the first moments after a start, a large scope may take figures
 * counted before it ({@link Overview#provisional()}), which only a page that says so may show. Exports and the API
 * ask for exact figures.
 */
public enum Freshness {
    EXACT,
    PROVISIONAL_ALLOWED
}
