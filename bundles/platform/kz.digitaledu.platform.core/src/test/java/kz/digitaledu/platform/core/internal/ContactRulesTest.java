package kz.digitaledu.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContactRulesTest {
    @Test
    void emailAddressesAreTrimmedTheirDomainLowerCasedAndMalformedOnesRefused() {
        assertEquals("Aigerim.S@mail.kz", ContactRules.email("  Aigerim.S@MAIL.kz "));
        assertEquals("a+b@school-25.edu.kz", ContactRules.email("a+b@school-25.edu.kz"));
        for (String bad : new String[] {"", "   ", "aigerim", "@mail.kz", "a@", "a@b", "a@@b.kz", "a b@mail.kz", "a@mail.k",
                "a@-mail.kz", "a@mail..kz", "a.@mail.kz", "a@mail.kz\nBcc: x@y.kz", "x".repeat(65) + "@mail.kz",
                "a@" + "b".repeat(250) + ".kz"}) {
            assertNull(ContactRules.email(bad), bad);
        }
    }

    @Test
    void phoneNumbersBecomeE164AndKazakhDomesticNumbersAreUnderstood() {
        assertEquals("+77012345678", ContactRules.phone("+7 (701) 234-56-78"));
        assertEquals("+77012345678", ContactRules.phone("8 701 234 56 78"));
        assertEquals("+998901234567", ContactRules.phone("+998 90 123 45 67"));
        for (String bad : new String[] {"", "701 234 56 78", "+7 701 234", "+7 701 234 56 789", "+0123456789", "+7abc",
                "87012345678x", "+1234"}) {
            assertNull(ContactRules.phone(bad), bad);
        }
    }
}
