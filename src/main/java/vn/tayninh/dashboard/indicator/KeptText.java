package vn.tayninh.dashboard.indicator;

/**
 * The one text form of every figure kept per commune ({@link KeptFigures}): a row is a line of tokens separated by
 * spaces, numbers in decimal and words percent-escaped, begun by the figures' signature (the names of their counters
 * or problems in their order), so that a row written by another version of the application is not read but counted
 * again. A kind of figures writes and reads its tokens in the same order ({@link KeptKind#write},
 * {@link KeptKind#read}).
 */
public final class KeptText {

    private KeptText() {
    }

    /** Tokens being written. */
    public static final class Writer {
        private final StringBuilder text = new StringBuilder();

        Writer(String signature) {
            word(signature);
        }

        public Writer number(long value) {
            separate().append(value);
            return this;
        }

        public Writer word(String value) {
            StringBuilder out = separate();
            if (value.isEmpty()) {
                out.append("%");
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == ' ' || c == '%' || c == '\n' || c == '\r') {
                    out.append('%').append(String.format("%02X", (int) c));
                } else {
                    out.append(c);
                }
            }
            return this;
        }

        private StringBuilder separate() {
            return text.isEmpty() ? text : text.append(' ');
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Tokens being read; any misfit throws {@link IllegalArgumentException}. */
    public static final class Reader {
        private final String[] tokens;
        private int next;

        Reader(String text, String signature) {
            this.tokens = text == null || text.isEmpty() ? new String[0] : text.split(" ", -1);
            if (tokens.length == 0 || !word().equals(signature)) {
                throw new IllegalArgumentException("another signature");
            }
        }

        public long number() {
            return Long.parseLong(token());
        }

        public String word() {
            String token = token();
            if (token.equals("%")) {
                return "";
            }
            if (token.indexOf('%') < 0) {
                return token;
            }
            StringBuilder plain = new StringBuilder(token.length());
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c == '%') {
                    plain.append((char) Integer.parseInt(token.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    plain.append(c);
                }
            }
            return plain.toString();
        }

        public boolean atEnd() {
            return next >= tokens.length;
        }

        private String token() {
            if (next >= tokens.length) {
                throw new IllegalArgumentException("too short");
            }
            return tokens[next++];
        }
    }
}
