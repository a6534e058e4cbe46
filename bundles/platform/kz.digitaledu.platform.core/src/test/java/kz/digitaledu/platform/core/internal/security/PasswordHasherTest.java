package kz.digitaledu.platform.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1024, 1, 1);

    @Test
    void verifiesTheRightPasswordOnly() {
        String h = hasher.hash("Сәлем-2024!".toCharArray());
        assertTrue(h.startsWith("$argon2id$v=19$m=1024,t=1,p=1$"), h);
        assertTrue(hasher.verify("Сәлем-2024!".toCharArray(), h));
        assertFalse(hasher.verify("Сәлем-2024?".toCharArray(), h));
        assertFalse(hasher.verify("".toCharArray(), h));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void rejectsMalformedHashesWithoutThrowing() {
        for (String bad : new String[] {null, "", "plain", "$argon2i$v=19$m=1024,t=1,p=1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA",
                "$argon2id$v=19$m=x,t=1,p=1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA", "$argon2id$v=19$m=1024,t=1,p=1$!!$!!"}) {
            assertFalse(hasher.verify("x".toCharArray(), bad), String.valueOf(bad));
        }
    }

    @Test
    void asksForRehashWhenParametersWereWeaker() {
        String weak = hasher.hash("pw".toCharArray());
        PasswordHasher strong = new PasswordHasher(2048, 2, 1);
        assertTrue(strong.needsRehash(weak));
        assertTrue(strong.verify("pw".toCharArray(), weak), "old hashes still verify");
        assertFalse(strong.needsRehash(strong.hash("pw".toCharArray())));
    }
}
