package id.go.prakerja.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedTest {

    @Test
    void aNumberKeepsItsFirstAndLastFourDigitsOnly() {
        assertThat(Masked.number("3273015403950001")).isEqualTo("3273••••••••0001");
        assertThat(Masked.number("+6281234567890")).isEqualTo("+628••••••7890");
        assertThat(Masked.number("12345678")).isEqualTo("••••••••");
    }

    @Test
    void anAddressKeepsItsFirstLetterAndItsDomain() {
        assertThat(Masked.email("siti.rahmawati@contoh.id")).isEqualTo("s•••@contoh.id");
        assertThat(Masked.email("@contoh.id")).isEqualTo("•••");
    }
}
