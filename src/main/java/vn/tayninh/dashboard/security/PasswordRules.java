package vn.tayninh.dashboard.security;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;

/**
 * What a password must be, wherever one is chosen (the administrator's form, a person's own page): at least
 * {@value #MIN_LENGTH} characters with letters and digits, not the account's name, not the demo password, and not a
 * common password with digits or signs around it ("matkhau2026", "Admin@12345", "qwerty123456"), which is the first
 * thing anyone guessing tries. The list of common words is short on purpose: it names what people here type when asked
 * for a password, in Vietnamese and English, and the roles and place names of this product.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    /** A password this long is refused: bcrypt reads only the first 72 bytes, and no one types more. */
    public static final int MAX_LENGTH = 72;

    private static final Set<String> COMMON_WORDS = Set.of(
            "password", "passw", "pass", "matkhau", "matkhaumoi", "mk", "admin", "administrator", "root", "quantri",
            "user", "nguoidung", "test", "demo", "guest", "login", "dangnhap", "welcome", "hello", "xinchao",
            "qwerty", "qwertyuiop", "asdf", "asdfgh", "asdfghjkl", "zxcvbnm", "abc", "abcd", "abcdef", "abcdefgh",
            "iloveyou", "anhyeuem", "emyeuanh", "yeuem", "changeme", "secret", "letmein", "default", "master",
            "tayninh", "vietnam", "hanoi", "saigon", "hochiminh", "bantochuc", "lanhdao", "canbo", "xaphuong",
            "phuong", "xa", "ubnd", "hdnd", "tinhuy", "dangbo");

    private PasswordRules() {
    }

    /** The problems of a password chosen for the account {@code username}; empty when it may be used. */
    public static List<Problem> check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)
                || password.equals(DemoAccounts.PASSWORD)
                || containsName(password, username)) {
            return List.of(Problem.of("password", "account.rule.password", MIN_LENGTH));
        }
        if (isCommon(password)) {
            return List.of(Problem.of("password", "account.rule.passwordCommon"));
        }
        return List.of();
    }

    /**
     * A common word with only digits and signs around it, or a password of fewer than five different characters
     * ("aaaaa11111").
     */
    static boolean isCommon(String password) {
        String letters = folded(password).replaceAll("[^a-z]", "");
        return COMMON_WORDS.contains(letters) || password.chars().distinct().count() < 5
                || letters.chars().distinct().count() < 2;
    }

    /** The user name, or for names of four characters or more anything containing it ("lanhdao2026"). */
    private static boolean containsName(String password, String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String name = folded(username.strip());
        return name.length() < 4 ? folded(password).equals(name) : folded(password).contains(name);
    }

    /** Lower case without diacritics (đ as d), so that "MậtKhẩu" is "matkhau". */
    private static String folded(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }
}
