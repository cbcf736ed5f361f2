package vn.tayninh.dashboard.security;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.AccessRefusedException;

/**
 * Who may change what, decided here and called by every service that writes, whatever the caller (a view, the
 * API, an import) shows or claims. The commune checked is always the one the stored record belongs to.
 *
 * <ul>
 * <li>commune data (cadres, titles and seats held, ratings, imports): ADMIN, BOARD, and the COMMUNE_EDITOR of that
 * commune; LEADER reads only;</li>
 * <li>approved seats and staffing quotas, reporting-date freezes, notes on the timeline: BOARD and ADMIN;</li>
 * <li>accounts: ADMIN;</li>
 * <li>the audit trail: BOARD and ADMIN all of it, a COMMUNE_EDITOR their commune's;</li>
 * <li>requests for explanation: BOARD and ADMIN request, accept and return them; the commune (its COMMUNE_EDITOR,
 * or BOARD and ADMIN) answers; everyone reads them, a COMMUNE_EDITOR only their commune's.</li>
 * </ul>
 *
 * And who may read a person's record (name, birth date, ratings, titles held …), wherever it is read — the API, the
 * commune page's grid and its exports, the search by name, the roster file: ADMIN, BOARD and LEADER every commune's,
 * a COMMUNE_EDITOR their own commune's only. Figures counted over people (the targets, the seats filled) are not
 * persons' records and stay open to every role.
 */
@Component
public class CommuneAccess {

    private final AuthenticatedUser authenticatedUser;

    CommuneAccess(AuthenticatedUser authenticatedUser) {
        this.authenticatedUser = authenticatedUser;
    }

    /** Whether the signed-in user may change the data of the commune; false when nobody is signed in. */
    public boolean canEdit(long communeId) {
        return authenticatedUser.get().map(user -> canEdit(user, communeId)).orElse(false);
    }

    /** The signed-in user, when they may change the data of the commune. */
    public CurrentUser requireEdit(long communeId) {
        CurrentUser user = authenticatedUser.require();
        if (!canEdit(user, communeId)) {
            throw new AccessRefusedException("access.denied.commune");
        }
        return user;
    }

    /** Whether the signed-in user may change approved seats and quotas and freeze figures. */
    public boolean canManageReferenceData() {
        return authenticatedUser.get().map(user -> user.role() == Role.BOARD || user.role() == Role.ADMIN)
                .orElse(false);
    }

    public CurrentUser requireReferenceData() {
        CurrentUser user = authenticatedUser.require();
        if (user.role() != Role.BOARD && user.role() != Role.ADMIN) {
            throw new AccessRefusedException("access.denied.board");
        }
        return user;
    }

    public CurrentUser requireAdministrator() {
        CurrentUser user = authenticatedUser.require();
        if (user.role() != Role.ADMIN) {
            throw new AccessRefusedException("access.denied.admin");
        }
        return user;
    }

    /**
     * The commune whose audit trail the signed-in user may read: empty for all communes (BOARD, ADMIN), their own
     * for a commune editor; refused for anyone else.
     */
    public Optional<Long> requireAuditScope() {
        CurrentUser user = authenticatedUser.require();
        return switch (user.role()) {
            case ADMIN, BOARD -> Optional.empty();
            case COMMUNE_EDITOR -> Optional.of(user.communeId());
            case LEADER -> throw new AccessRefusedException("access.denied.audit");
        };
    }

    /**
     * The only commune whose records the signed-in user may read where reading is otherwise open to all roles
     * (requests for explanation, the data-quality work list): their own for a commune editor, empty (every commune)
     * for anyone else.
     */
    public Optional<Long> ownCommuneOnly() {
        CurrentUser user = authenticatedUser.require();
        return user.role() == Role.COMMUNE_EDITOR ? Optional.of(user.communeId()) : Optional.empty();
    }

    /** Whether the signed-in user may read the records of the people of the commune; false when nobody is signed in. */
    public boolean canReadPersons(long communeId) {
        return authenticatedUser.get().map(user -> canReadPersons(user, communeId)).orElse(false);
    }

    /** The signed-in user, when they may read the records of the people of the commune; refused otherwise. */
    public CurrentUser requireReadPersons(long communeId) {
        CurrentUser user = authenticatedUser.require();
        if (!canReadPersons(user, communeId)) {
            throw new AccessRefusedException("access.denied.persons");
        }
        return user;
    }

    private static boolean canReadPersons(CurrentUser user, long communeId) {
        return switch (user.role()) {
            case ADMIN, BOARD, LEADER -> true;
            case COMMUNE_EDITOR -> user.communeId() != null && user.communeId() == communeId;
        };
    }

    /** The signed-in user's name, for records of who did what. */
    public String actor() {
        return authenticatedUser.require().username();
    }

    private static boolean canEdit(CurrentUser user, long communeId) {
        return switch (user.role()) {
            case ADMIN, BOARD -> true;
            case COMMUNE_EDITOR -> user.communeId() != null && user.communeId() == communeId;
            case LEADER -> false;
        };
    }
}
