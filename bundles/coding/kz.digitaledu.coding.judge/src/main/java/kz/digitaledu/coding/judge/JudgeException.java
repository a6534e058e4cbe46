package kz.digitaledu.coding.judge;

import java.util.Arrays;
import java.util.Locale;

/**
 * A judge error with a stable message key (see {@link MessageKey}) and arguments, so that the
 * API or UI layer can show it in the user's language (kk, ru, en).
 */
public class JudgeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final MessageKey key;
    private final transient Object[] args;

    public JudgeException(MessageKey key, Object... args) {
        this(key, null, args);
    }

    public JudgeException(MessageKey key, Throwable cause, Object... args) {
        super(Messages.format(Locale.ENGLISH, key.key(), args), cause);
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public MessageKey key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the given language (kk, ru or en; English for anything else). */
    public String getMessage(Locale locale) {
        return Messages.format(locale, key.key(), args);
    }

    @Override
    public String toString() {
        return "JudgeException[" + key.key() + " " + Arrays.toString(args) + "]: " + getMessage();
    }
}
