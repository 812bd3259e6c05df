package com.kpbank.lc.platform.processing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When an instance gives up segments of a processor, and how many ({@link SegmentBalancer#surplus}). */
class SegmentBalancerTest {

    @Test
    void the_first_instance_gives_half_of_four_segments_to_a_second_that_holds_none() {
        assertThat(SegmentBalancer.surplus(4, 4, List.of(0), false)).isEqualTo(2);
    }

    @Test
    void instances_holding_their_shares_keep_them() {
        assertThat(SegmentBalancer.surplus(4, 2, List.of(2), false)).isZero();
        assertThat(SegmentBalancer.surplus(4, 2, List.of(1, 1), false)).isZero();
    }

    @Test
    void nothing_is_given_while_a_segment_is_free_for_the_short_instance_to_take() {
        assertThat(SegmentBalancer.surplus(4, 3, List.of(0), true)).isZero();
    }

    @Test
    void a_killed_instance_is_not_given_anything_while_its_last_word_is_that_it_held_its_share() {
        assertThat(SegmentBalancer.surplus(4, 4, List.of(2), false)).as("the survivor took the dead one's segments").isZero();
    }

    @Test
    void an_instance_holding_more_than_the_least_share_gives_one_to_a_third_that_holds_none() {
        assertThat(SegmentBalancer.surplus(4, 2, List.of(2, 0), false)).isEqualTo(1);
    }

    @Test
    void an_instance_alone_keeps_every_segment() {
        assertThat(SegmentBalancer.surplus(4, 4, List.of(), false)).isZero();
    }

    @Test
    void of_three_segments_the_holder_of_all_gives_one_to_a_second() {
        assertThat(SegmentBalancer.surplus(3, 3, List.of(0), false)).isEqualTo(1);
    }
}
