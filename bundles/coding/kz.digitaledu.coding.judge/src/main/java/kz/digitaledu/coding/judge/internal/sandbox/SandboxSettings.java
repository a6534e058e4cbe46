package kz.digitaledu.coding.judge.internal.sandbox;

import java.util.List;

/**
 * @param bwrap         path of bwrap
 * @param setpriv       path of setpriv (util-linux)
 * @param readOnlyBinds host paths bound read-only at the same place if they exist (e.g. /etc/alternatives)
 * @param pollMs        how often CPU time is polled while a program runs
 * @param seccomp       compiled seccomp filter passed to bwrap, or null for none
 */
public record SandboxSettings(String bwrap, String setpriv, List<String> readOnlyBinds, long pollMs, java.nio.file.Path seccomp) {
    public SandboxSettings {
        readOnlyBinds = List.copyOf(readOnlyBinds);
    }
}
