package org.postops.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PagingTest {

    /** Whatever the list and the page asked for, the total is the list's length; it is counted only when needed. */
    @Property
    void theTotalIsAlwaysRightAndCountedOnlyWhenAPageIsFull(@ForAll @IntRange(max = 300) int length,
            @ForAll @IntRange(max = 12) int page, @ForAll @IntRange(min = 1, max = 60) int size) {
        Paging paging = new Paging(page, size);
        List<Long> items = LongStream.range(0, length).skip(paging.offset()).limit(size).boxed().toList();
        AtomicInteger counted = new AtomicInteger();

        PageOf<Long> result = paging.of(items, () -> {
            counted.incrementAndGet();
            return length;
        });

        assertThat(result.total()).isEqualTo(length);
        assertThat(result.items()).isEqualTo(items);
        boolean partial = !items.isEmpty() && items.size() < size || items.isEmpty() && page == 0;
        assertThat(counted.get()).isEqualTo(partial ? 0 : 1);
    }
}
