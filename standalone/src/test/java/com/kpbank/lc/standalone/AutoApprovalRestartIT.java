package com.kpbank.lc.standalone;

import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.gateway.checks.CheckKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A waiting auto-approval lives in the durable stores: a restart of the process in between changes nothing. */
class AutoApprovalRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void outcomes_recorded_before_and_after_a_restart_lead_to_one_auto_approval() {
        LCApplicationId id;
        try (ConfigurableApplicationContext first = start()) {
            AutoApprovalScenario before = new AutoApprovalScenario(first).awaitAutoApprovalRunning();
            id = before.submitApplication("8000.00", "USD");
            before.recordApproved(id, CheckKind.PRODUCT_VALUE, CheckKind.PRODUCT_LEGALITY);
            before.awaitAutoApprovalCaughtUp();
        }

        try (ConfigurableApplicationContext second = start()) {
            AutoApprovalScenario after = new AutoApprovalScenario(second).awaitAutoApprovalRunning();
            after.recordApproved(id, CheckKind.APPLICANT_CREDIT);

            await().atMost(AutoApprovalScenario.DEADLINE).until(() -> !after.approvals(id).isEmpty());
            after.awaitAutoApprovalCaughtUp();
            assertThat(after.approvals(id)).containsExactly(new LCApplicationApproved(id, DecisionMaker.AUTO_APPROVAL));
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .properties("lc.data-dir=" + dataDir, "server.port=0", "server.address=127.0.0.1")
                .run();
    }
}
