package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.command.lookup.LCLookupData;
import com.kpbank.lc.command.reminder.ApprovalReminderSettings;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** The aggregate fixture with the default lookup data and reminder settings, as the service configures them. */
final class LCApplicationFixtures {

    private LCApplicationFixtures() {
    }

    static FixtureConfiguration<LCApplication> lcApplicationFixture() {
        return new AggregateTestFixture<>(LCApplication.class)
                .registerInjectableResource(LCLookupData.defaults())
                .registerInjectableResource(ApprovalReminderSettings.defaults());
    }
}
