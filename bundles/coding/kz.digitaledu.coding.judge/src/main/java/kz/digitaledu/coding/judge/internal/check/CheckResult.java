package kz.digitaledu.coding.judge.internal.check;

import kz.digitaledu.coding.judge.Verdict;

/** Outcome of comparing one output: AC, WA or IE (checker failure), with an English detail. */
public record CheckResult(Verdict verdict, String detail) {
    public static final CheckResult OK = new CheckResult(Verdict.AC, null);

    public static CheckResult wrong(String detail) {
        return new CheckResult(Verdict.WA, detail);
    }
}
