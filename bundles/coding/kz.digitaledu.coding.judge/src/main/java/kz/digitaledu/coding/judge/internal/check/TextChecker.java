package kz.digitaledu.coding.judge.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.digitaledu.coding.judge.CheckerSpec;

/**
 * Built-in checkers: EXACT (lines), TOKENS (whitespace-separated tokens, Kattis default) and FLOAT
 * (tokens; numeric tokens compared with absolute or relative tolerance, as Kattis'
 * {@code float_absolute_tolerance} / {@code float_relative_tolerance}).
 */
public final class TextChecker {
    private final CheckerSpec spec;

    public TextChecker(CheckerSpec spec) {
        this.spec = spec;
    }

    public CheckResult check(String output, String answer) {
        return switch (spec.kind()) {
            case EXACT -> exact(output, answer);
            case TOKENS, FLOAT -> tokens(output, answer);
            case PROGRAM -> throw new IllegalStateException("program checker is run by the engine");
        };
    }

    private static List<String> lines(String s) {
        String n = s.replace("\r\n", "\n");
        if (n.endsWith("\n")) {
            n = n.substring(0, n.length() - 1);
        }
        List<String> out = new ArrayList<>();
        if (n.isEmpty()) {
            return out;
        }
        for (String l : n.split("\n", -1)) {
            out.add(l);
        }
        return out;
    }

    private CheckResult exact(String output, String answer) {
        List<String> o = lines(output);
        List<String> a = lines(answer);
        for (int i = 0; i < Math.min(o.size(), a.size()); i++) {
            if (!o.get(i).equals(a.get(i))) {
                return CheckResult.wrong("line " + (i + 1) + " differs: expected '" + shorten(a.get(i)) + "', got '" + shorten(o.get(i)) + "'");
            }
        }
        if (o.size() < a.size()) {
            return CheckResult.wrong("output has " + o.size() + " lines, expected " + a.size());
        }
        if (o.size() > a.size()) {
            return CheckResult.wrong("output has " + o.size() + " lines, expected " + a.size());
        }
        return CheckResult.OK;
    }

    private static String[] split(String s) {
        String t = s.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private CheckResult tokens(String output, String answer) {
        String[] o = split(output);
        String[] a = split(answer);
        for (int i = 0; i < Math.min(o.length, a.length); i++) {
            if (!same(o[i], a[i])) {
                return CheckResult.wrong("token " + (i + 1) + ": expected '" + shorten(a[i]) + "', got '" + shorten(o[i]) + "'");
            }
        }
        if (o.length < a.length) {
            return CheckResult.wrong("output too short: " + o.length + " tokens, expected " + a.length);
        }
        if (o.length > a.length) {
            return CheckResult.wrong("output too long: " + o.length + " tokens, expected " + a.length);
        }
        return CheckResult.OK;
    }

    private boolean same(String out, String ans) {
        if (spec.kind() == CheckerSpec.Kind.FLOAT) {
            Double x = number(out);
            Double y = number(ans);
            if (y != null) {
                if (x == null) {
                    return false;
                }
                double diff = Math.abs(x - y);
                boolean abs = spec.absTolerance() >= 0 && diff <= spec.absTolerance() * (1 + 1e-12);
                boolean rel = spec.relTolerance() >= 0 && diff <= spec.relTolerance() * Math.abs(y) * (1 + 1e-12);
                return abs || rel || diff == 0;
            }
        }
        return spec.caseSensitive() ? out.equals(ans) : out.toLowerCase(Locale.ROOT).equals(ans.toLowerCase(Locale.ROOT));
    }

    private static Double number(String s) {
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
