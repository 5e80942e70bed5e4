package dev.interviewlab.simulation.mesi.engine;

/**
 * One request of one core.
 *
 * @param variable index into the program's {@link Layout#variables()}
 * @param value    the value written; 0 for reads and evictions
 */
public record Operation(int core, Kind kind, int variable, int value) {

    public enum Kind {
        READ("R"), WRITE("W"), EVICT("evict");

        private final String token;

        Kind(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }

        MesiInput input() {
            return switch (this) {
                case READ -> MesiInput.PR_RD;
                case WRITE -> MesiInput.PR_WR;
                case EVICT -> MesiInput.EVICT;
            };
        }
    }

    public static Operation read(int core, int variable) {
        return new Operation(core, Kind.READ, variable, 0);
    }

    public static Operation write(int core, int variable, int value) {
        return new Operation(core, Kind.WRITE, variable, value);
    }

    public static Operation evict(int core, int variable) {
        return new Operation(core, Kind.EVICT, variable, 0);
    }

    /** The operation as a script line, e.g. {@code c1 W a 5}. */
    public String scriptLine(Layout layout) {
        String line = "c" + core + " " + kind.token() + " " + layout.variables().get(variable);
        return kind == Kind.WRITE ? line + " " + value : line;
    }
}
