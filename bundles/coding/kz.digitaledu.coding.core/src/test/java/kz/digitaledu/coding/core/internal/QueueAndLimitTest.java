package kz.digitaledu.coding.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kz.digitaledu.platform.api.i18n.TranslationCheck;
import org.junit.jupiter.api.Test;

class QueueAndLimitTest {

    @Test
    void usersAreServedInTurnNotInArrivalOrder() {
        FairQueue q = new FairQueue();
        for (long s = 1; s <= 5; s++) {
            q.add(100, s); // a student who sends five at once
        }
        q.add(200, 6);
        q.add(300, 7);
        List<Long> order = new ArrayList<>();
        q.poll().ifPresent(order::add);
        while (q.size() > 0) {
            order.add(q.poll().orElseThrow());
        }
        assertEquals(List.of(1L, 6L, 7L, 2L, 3L, 4L, 5L), order);
        assertTrue(q.poll().isEmpty());
    }

    @Test
    void rateLimitIsPerUserAndSlides() {
        RateLimiter r = new RateLimiter(3, 60_000);
        assertTrue(r.tryAcquire(1, 0));
        assertTrue(r.tryAcquire(1, 1_000));
        assertTrue(r.tryAcquire(1, 2_000));
        assertFalse(r.tryAcquire(1, 3_000));
        assertTrue(r.tryAcquire(2, 3_000), "another user is not affected");
        assertTrue(r.tryAcquire(1, 60_001), "the first attempt has left the window");
    }

    @Test
    void translationsAreComplete() throws Exception {
        assertEquals(List.of(), TranslationCheck.problems(getClass().getClassLoader(), "i18n/messages"));
    }
}
