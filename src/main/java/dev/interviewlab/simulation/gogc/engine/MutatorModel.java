package dev.interviewlab.simulation.gogc.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What the goroutines may do in the model checker: a fixed program per goroutine (all interleavings
 * are explored), or any statement over the scenario's names up to a budget of steps (every program of
 * that length at once).
 */
public sealed interface MutatorModel {

    /** The programs' progress: a program counter per goroutine, or the steps left. */
    int[] start();

    /** Statements that can run from this progress, with the progress after each. */
    List<Move> moves(int[] progress);

    record Move(Statement.Mutator statement, int[] progress) {
    }

    /** Each goroutine runs its own list of statements in order. */
    record Programs(List<List<Statement.Mutator>> programs) implements MutatorModel {
        public Programs {
            programs = programs.stream().map(List::copyOf).toList();
        }

        /** The scenario's mutator steps, split by goroutine; its collector steps are left to the checker. */
        public static Programs of(Scenario scenario) {
            List<List<Statement.Mutator>> programs = new ArrayList<>();
            for (int g = 0; g < scenario.layout().goroutines().size(); g++) {
                programs.add(new ArrayList<>());
            }
            for (Step step : scenario.steps()) {
                if (step.statement() instanceof Statement.Mutator m) {
                    programs.get(m.goroutine()).add(m);
                }
            }
            return new Programs(programs);
        }

        public int[] start() {
            return new int[programs.size()];
        }

        public List<Move> moves(int[] progress) {
            List<Move> moves = new ArrayList<>();
            for (int g = 0; g < programs.size(); g++) {
                if (progress[g] < programs.get(g).size()) {
                    int[] next = progress.clone();
                    next[g]++;
                    moves.add(new Move(programs.get(g).get(progress[g]), next));
                }
            }
            return moves;
        }
    }

    /**
     * Any of these statements, by any goroutine, while steps are left: loads, stores of a variable or
     * nil into every field, drops, and loads and stores of globals, over the scenario's names.
     */
    record AnyStatements(List<Statement.Mutator> alphabet, int steps) implements MutatorModel {
        public AnyStatements {
            alphabet = List.copyOf(alphabet);
        }

        public static AnyStatements over(Layout layout, int steps) {
            List<Statement.Mutator> alphabet = new ArrayList<>();
            int locals = layout.locals().size();
            for (int g = 0; g < layout.goroutines().size(); g++) {
                for (int a = 0; a < locals; a++) {
                    alphabet.add(new Statement.Drop(g, a));
                    for (int f = 0; f < layout.fields().size(); f++) {
                        alphabet.add(new Statement.Store(g, a, f, -1));
                        for (int b = 0; b < locals; b++) {
                            alphabet.add(new Statement.Load(g, a, b, f));
                            alphabet.add(new Statement.Store(g, a, f, b));
                        }
                    }
                    for (int r = 0; r < layout.globals().size(); r++) {
                        alphabet.add(new Statement.LoadGlobal(g, a, r));
                        alphabet.add(new Statement.StoreGlobal(g, r, a));
                    }
                }
                for (int r = 0; r < layout.globals().size(); r++) {
                    alphabet.add(new Statement.StoreGlobal(g, r, -1));
                }
            }
            return new AnyStatements(alphabet, steps);
        }

        public int[] start() {
            return new int[]{steps};
        }

        public List<Move> moves(int[] progress) {
            if (progress[0] == 0) {
                return List.of();
            }
            int[] next = {progress[0] - 1};
            return alphabet.stream().map(statement -> new Move(statement, next)).toList();
        }
    }
}
