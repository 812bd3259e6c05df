package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.LCApplicationPage;
import com.kpbank.lc.api.query.PageRequest;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.PagedModel;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The links of a page of applications go no further than the search serves ({@link PageRequest#WINDOW}). */
class LCApplicationRepresentationsTest {

    private static final Viewer MANAGER = Viewer.of("manager", Role.TRADE_FINANCE_MANAGER);

    @BeforeEach
    void aRequestForTheCollection() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/lc-applications");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @ParameterizedTest(name = "{0} matches in pages of {1}: last page {2}")
    @CsvSource({"1000000, 100, 99", "1000000, 3, 3332", "250, 100, 2", "0, 20, 0"})
    void the_last_link_points_no_further_than_the_search_serves(long matches, int size, int lastPage) {
        PagedModel<?> page = (PagedModel<?>) LCApplicationRepresentations.pageOf(new LCApplicationPage(List.of(), 0, size, matches), MANAGER);

        String last = page.getRequiredLink(IanaLinkRelations.LAST).getHref();
        assertThat(UriComponentsBuilder.fromUriString(last).build().getQueryParams().getFirst("page")).isEqualTo(String.valueOf(lastPage));
        assertThat(page.getMetadata().getTotalElements()).isEqualTo(matches);
    }
}
