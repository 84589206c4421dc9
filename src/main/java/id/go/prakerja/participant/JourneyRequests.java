package id.go.prakerja.participant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON bodies of the journey's commands, validated for shape; the programme rules are the decider's. */
public final class JourneyRequests {

    private JourneyRequests() {}

    /** The privacy notice's version is the one the person read and accepted (GET /api/v1/privacy-notice). */
    public record Registration(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 1024) String password,
            @NotBlank @Size(max = 32) String privacyNoticeVersion) {}

    public record EmailVerification(
            @NotBlank @Size(max = 128) String token) {}

    public record Document(
            @NotBlank @Size(max = 512) String reference,

            @NotBlank @Pattern(regexp = "application/pdf|image/jpeg|image/png")
            String contentType,

            @Positive @Max(5_242_880) long sizeBytes) {

        public Profile.DocumentRef toDomain() {
            return new Profile.DocumentRef(reference, contentType, sizeBytes);
        }
    }

    public record Documents(
            @NotNull @Valid Document ktp,
            @NotNull @Valid Document kk,
            @NotNull @Valid Document diploma,
            @Valid Document layoffLetter,
            @Valid Document businessLetter) {}

    public record Address(
            @NotBlank @Size(max = 100) String province,
            @NotBlank @Size(max = 100) String regency,
            @NotBlank @Size(max = 100) String district,
            @NotBlank @Size(max = 100) String village,
            @NotBlank @Size(max = 300) String street,
            @NotBlank @Pattern(regexp = "\\d{5}") String postalCode) {}

    /** The NIK is checked by the decider, which names the rule it breaks. */
    public record ProfileForm(
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Size(max = 32) String nik,
            @NotBlank @Pattern(regexp = "\\d{16}") String kkNumber,
            @NotNull @Past LocalDate birthDate,
            @NotBlank @Size(max = 100) String birthPlace,
            @NotNull Profile.Sex sex,
            @NotBlank @Pattern(regexp = "[A-Z]{2,3}") String citizenship,
            @NotBlank @Pattern(regexp = "\\+?\\d{8,15}") String phone,
            @NotNull @Valid Address address,
            @NotBlank @Size(max = 50) String educationLevel,
            @NotNull Profile.Occupation occupation,
            @NotNull Boolean inFormalEducation,
            List<@NotBlank @Size(max = 50) String> socialAidReceived,
            @NotNull @Valid Documents documents) {

        public Profile toDomain() {
            return new Profile(
                    fullName.trim(),
                    nik.trim(),
                    kkNumber,
                    birthDate,
                    birthPlace,
                    sex,
                    citizenship,
                    phone,
                    new Profile.Address(
                            address.province(),
                            address.regency(),
                            address.district(),
                            address.village(),
                            address.street(),
                            address.postalCode()),
                    educationLevel,
                    occupation,
                    inFormalEducation,
                    socialAidReceived,
                    new Profile.Documents(
                            documents.ktp().toDomain(),
                            documents.kk().toDomain(),
                            documents.diploma().toDomain(),
                            documents.layoffLetter() == null
                                    ? null
                                    : documents.layoffLetter().toDomain(),
                            documents.businessLetter() == null
                                    ? null
                                    : documents.businessLetter().toDomain()));
        }
    }

    public record BasicTestAnswers(@NotEmpty Map<@NotBlank String, @NotBlank String> answers) {}

    public record IdentityVerification(
            @NotBlank @Size(max = 512) String selfieReference) {}

    public record BatchApplication(@NotNull UUID batchId) {}

    public record Reason(@NotBlank @Size(max = 500) String reason) {}
}
