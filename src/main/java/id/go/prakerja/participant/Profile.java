package id.go.prakerja.participant;

import java.time.LocalDate;
import java.util.List;

/** What a participant declares about themselves; validated for shape at the edge and for the rules by the decider. */
public record Profile(
        String fullName,
        String nik,
        String kkNumber,
        LocalDate birthDate,
        String birthPlace,
        Sex sex,
        String citizenship,
        String phone,
        Address address,
        String educationLevel,
        Occupation occupation,
        boolean inFormalEducation,
        List<String> socialAidReceived,
        Documents documents) {

    public enum Sex {
        MALE,
        FEMALE
    }

    /** Employment situation; some occupations exclude a person from the programme. */
    public enum Occupation {
        JOB_SEEKER,
        LAID_OFF,
        EMPLOYEE,
        MICRO_BUSINESS_OWNER,
        SMALL_BUSINESS_OWNER,
        TNI,
        POLRI,
        ASN,
        BUMN_EMPLOYEE,
        BUMD_EMPLOYEE,
        BUMN_BUMD_DIRECTOR,
        STATE_OFFICIAL,
        DPR_DPRD_MEMBER,
        VILLAGE_HEAD,
        VILLAGE_OFFICIAL
    }

    public record Address(
            String province, String regency, String district, String village, String street, String postalCode) {}

    /** A stored document by reference; the file itself lives in document storage. */
    public record DocumentRef(String reference, String contentType, long sizeBytes) {}

    public record Documents(
            DocumentRef ktp,
            DocumentRef kk,
            DocumentRef diploma,
            DocumentRef layoffLetter,
            DocumentRef businessLetter) {}

    public Profile {
        socialAidReceived = socialAidReceived == null ? List.of() : List.copyOf(socialAidReceived);
    }
}
