package vn.tayninh.dashboard.security;

/**
 * An account's role or commune changed, published inside the transaction that changed it: what the account follows
 * is checked against its new rights before that transaction commits.
 */
public record AccountRightsChanged(long userId) {
}
