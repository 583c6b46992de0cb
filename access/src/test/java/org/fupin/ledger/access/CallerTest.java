package org.fupin.ledger.access;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.access.Role.ADMIN;
import static org.fupin.ledger.access.Role.FINANCE_OFFICER;
import static org.fupin.ledger.access.Role.INSPECTOR;
import static org.fupin.ledger.access.Role.SECRETARY;

/** Several roles are judged as a set, and SECRETARY never reaches further because another role is held. */
class CallerTest {

    private static Caller holding(Role... roles) {
        return new Caller("multi", roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    @Test
    void readsTheRolesOfCommaJoinedMetadataAsASet() {
        assertThat(Caller.recorded("multi", "SECRETARY,INSPECTOR").roles()).containsExactlyInAnyOrder(SECRETARY, INSPECTOR);
        assertThat(Caller.recorded("multi", " FINANCE_OFFICER , SECRETARY ").roles())
                .containsExactlyInAnyOrder(FINANCE_OFFICER, SECRETARY);
        assertThat(Caller.recorded("x", "SECRETARY,NOT_A_ROLE,").roles()).containsExactly(SECRETARY);
        assertThat(Caller.recorded("relay", null).roles()).isEmpty();
        assertThat(Caller.recorded("x", "secretary").roles()).isEmpty();
    }

    @Test
    void roleNamesRoundTripThroughMetadata() {
        Caller caller = holding(INSPECTOR, SECRETARY, ADMIN);
        assertThat(caller.roleNames()).isEqualTo("SECRETARY,INSPECTOR,ADMIN");
        assertThat(Caller.recorded("multi", caller.roleNames())).isEqualTo(caller);
    }

    @Test
    void aSecretaryOnlyWriteNeedsTheVillageWhateverOtherRolesAreHeld() {
        for (Role other : Role.values()) {
            Caller caller = holding(SECRETARY, other);
            assertThat(caller.mayWriteInVillage(true, false)).as("SECRETARY+" + other + " elsewhere").isFalse();
            assertThat(caller.mayWriteInVillage(true, true)).as("SECRETARY+" + other + " at home").isTrue();
        }
    }

    @Test
    void anotherRoleStillWritesEverywhereThroughItself() {
        assertThat(holding(SECRETARY, FINANCE_OFFICER).mayWriteInVillage(false, false)).isTrue();
        assertThat(holding(SECRETARY, INSPECTOR).mayWriteInVillage(false, false)).isTrue();
        assertThat(holding(FINANCE_OFFICER).mayWriteInVillage(false, false)).isTrue();
    }

    @Test
    void aCallerWhoseOnlyRoleIsSecretaryWritesNothingOutsideTheirVillages() {
        assertThat(holding(SECRETARY).mayWriteInVillage(false, false)).isFalse();
        assertThat(holding(SECRETARY).mayWriteInVillage(false, true)).isTrue();
    }

    @Test
    void anyOtherRoleReadsEveryVillageAndSecretaryAloneOnlyItsOwn() {
        assertThat(holding(SECRETARY).mayReadVillage(() -> false)).isFalse();
        assertThat(holding(SECRETARY).mayReadVillage(() -> true)).isTrue();
        assertThat(holding(SECRETARY, INSPECTOR).mayReadVillage(() -> false)).isTrue();
        assertThat(holding(SECRETARY, FINANCE_OFFICER).mayReadVillage(() -> false)).isTrue();
        assertThat(holding(ADMIN).mayReadVillage(() -> false)).isTrue();
        assertThat(holding().mayReadVillage(() -> true)).isFalse();
    }
}
