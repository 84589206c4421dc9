package id.go.prakerja.overview;

import id.go.prakerja.participant.ParticipantEvent;
import id.go.prakerja.participant.ParticipantEvent.BasicTestTaken;
import id.go.prakerja.participant.ParticipantEvent.BatchJoined;
import id.go.prakerja.participant.ParticipantEvent.CardIssued;
import id.go.prakerja.participant.ParticipantEvent.CardRevoked;
import id.go.prakerja.participant.ParticipantEvent.CertificateIssued;
import id.go.prakerja.participant.ParticipantEvent.ClawbackRecorded;
import id.go.prakerja.participant.ParticipantEvent.DisbursementFailed;
import id.go.prakerja.participant.ParticipantEvent.DisbursementRequested;
import id.go.prakerja.participant.ParticipantEvent.EmailVerificationIssued;
import id.go.prakerja.participant.ParticipantEvent.EmailVerified;
import id.go.prakerja.participant.ParticipantEvent.FoundNotEligible;
import id.go.prakerja.participant.ParticipantEvent.Frozen;
import id.go.prakerja.participant.ParticipantEvent.IdentityRejected;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerificationRequested;
import id.go.prakerja.participant.ParticipantEvent.IdentityVerified;
import id.go.prakerja.participant.ParticipantEvent.IncentivePaid;
import id.go.prakerja.participant.ParticipantEvent.IncentiveScheduled;
import id.go.prakerja.participant.ParticipantEvent.NotSelected;
import id.go.prakerja.participant.ParticipantEvent.ParticipationRevoked;
import id.go.prakerja.participant.ParticipantEvent.PayoutAccountSet;
import id.go.prakerja.participant.ParticipantEvent.ProfileCompleted;
import id.go.prakerja.participant.ParticipantEvent.PurchaseCancelled;
import id.go.prakerja.participant.ParticipantEvent.PurchaseDeadlineReminded;
import id.go.prakerja.participant.ParticipantEvent.Registered;
import id.go.prakerja.participant.ParticipantEvent.ScheduledInstallment;
import id.go.prakerja.participant.ParticipantEvent.TrainingCompleted;
import id.go.prakerja.participant.ParticipantEvent.TrainingProgressRecorded;
import id.go.prakerja.participant.ParticipantEvent.TrainingPurchased;
import id.go.prakerja.participant.ParticipantEvent.TrainingReviewed;
import id.go.prakerja.participant.ParticipantEvent.Unfrozen;
import id.go.prakerja.participant.Rupiah;

/** The participant's own timeline in words, in Indonesian and English. */
final class TimelineSummaries {

    record Summary(String indonesian, String english) {}

    private TimelineSummaries() {}

    static Summary of(ParticipantEvent event) {
        if (event instanceof Registered) {
            return new Summary("Akun dibuat", "Account created");
        } else if (event instanceof EmailVerificationIssued) {
            return new Summary("Kode verifikasi email dikirim", "E-mail verification code sent");
        } else if (event instanceof EmailVerified) {
            return new Summary("Email terverifikasi", "E-mail verified");
        } else if (event instanceof ParticipantEvent.PasswordResetIssued) {
            return new Summary("Tautan atur ulang kata sandi dikirim", "Password reset link sent");
        } else if (event instanceof ParticipantEvent.PasswordChanged) {
            return new Summary("Kata sandi diganti", "Password changed");
        } else if (event instanceof ProfileCompleted) {
            return new Summary("Profil dilengkapi", "Profile completed");
        } else if (event instanceof ParticipantEvent.PrivacyNoticeAccepted accepted) {
            return new Summary(
                    "Menyetujui pemberitahuan privasi versi " + accepted.version(),
                    "Accepted the privacy notice, version " + accepted.version());
        } else if (event instanceof ParticipantEvent.ErasureRequested) {
            return new Summary("Meminta penghapusan data pribadi", "Asked for the personal data to be erased");
        } else if (event instanceof ParticipantEvent.ErasureDeclined declined) {
            return new Summary(
                    "Penghapusan data pribadi ditolak: " + declined.reason(),
                    "Erasure of the personal data declined: " + declined.reason());
        } else if (event instanceof ParticipantEvent.PersonalDataErased) {
            return new Summary("Data pribadi dihapus", "Personal data erased");
        } else if (event instanceof FoundNotEligible notEligible) {
            var rules = String.join(", ", notEligible.failedRules());
            return new Summary("Tidak memenuhi syarat: " + rules, "Not eligible: " + rules);
        } else if (event instanceof BasicTestTaken taken) {
            return taken.passed()
                    ? new Summary(
                            "Lulus tes dasar (nilai " + taken.score() + ")",
                            "Passed the basic test (score " + taken.score() + ")")
                    : new Summary(
                            "Belum lulus tes dasar (nilai " + taken.score() + ")",
                            "Did not pass the basic test" + " (score " + taken.score() + ")");
        } else if (event instanceof IdentityVerificationRequested) {
            return new Summary("Verifikasi NIK, KK dan wajah diajukan", "NIK, KK and face verification requested");
        } else if (event instanceof IdentityVerified) {
            return new Summary("Identitas terverifikasi", "Identity verified");
        } else if (event instanceof IdentityRejected rejected) {
            return new Summary(
                    "Verifikasi identitas ditolak: " + rejected.reason(),
                    "Identity verification rejected: " + rejected.reason());
        } else if (event instanceof BatchJoined) {
            return new Summary("Bergabung dengan gelombang", "Joined a batch");
        } else if (event instanceof NotSelected) {
            return new Summary("Belum terpilih di gelombang ini", "Not selected in this batch");
        } else if (event instanceof CardIssued issued) {
            return new Summary(
                    "Kartu Prakerja diterbitkan dengan saldo pelatihan " + Rupiah.format(issued.trainingBalance()),
                    "Kartu Prakerja issued with a training balance of " + Rupiah.format(issued.trainingBalance()));
        } else if (event instanceof PurchaseDeadlineReminded) {
            return new Summary("Pengingat: segera beli pelatihan pertama", "Reminder: buy the first training soon");
        } else if (event instanceof CardRevoked revoked) {
            return new Summary(
                    "Kartu dicabut; saldo " + Rupiah.format(revoked.balanceReturned()) + " dikembalikan ke kas negara",
                    "Card revoked; balance of " + Rupiah.format(revoked.balanceReturned())
                            + " returned to the treasury");
        } else if (event instanceof Frozen) {
            return new Summary("Kepesertaan dibekukan sementara", "Participation frozen");
        } else if (event instanceof Unfrozen) {
            return new Summary("Pembekuan dicabut", "Participation unfrozen");
        }
        if (event instanceof TrainingPurchased purchased) {
            var title = purchased.training().title();
            var price = Rupiah.format(purchased.training().price());
            return new Summary(
                    "Membeli pelatihan " + title + " seharga " + price,
                    "Bought the training " + title + " for " + price);
        }
        if (event instanceof PurchaseCancelled cancelled) {
            return new Summary(
                    "Pembelian dibatalkan; " + Rupiah.format(cancelled.refund()) + " kembali ke saldo",
                    "Purchase cancelled; " + Rupiah.format(cancelled.refund()) + " back in the balance");
        }
        if (event instanceof TrainingProgressRecorded progress) {
            return switch (progress.kind()) {
                case MODULE_COMPLETED ->
                    new Summary(
                            "Modul " + progress.moduleNo() + " selesai",
                            "Module " + progress.moduleNo() + " completed");
                case EXAM_PASSED -> new Summary("Lulus ujian akhir", "Passed the final exam");
                case EXAM_FAILED -> new Summary("Belum lulus ujian akhir", "Did not pass the final exam");
                // The platform's word alone completes nothing: every module and the exam must be recorded.
                case TRAINING_COMPLETED ->
                    new Summary(
                            "Platform melaporkan pelatihan selesai; pelatihan dinyatakan selesai setelah semua modul"
                                    + " dan ujian akhir tercatat",
                            "The platform reported the training completed; it counts as completed once every module"
                                    + " and the final exam are recorded");
            };
        }
        if (event instanceof TrainingCompleted) {
            return new Summary("Pelatihan selesai", "Training completed");
        }
        if (event instanceof CertificateIssued certificate) {
            return new Summary(
                    "Sertifikat " + certificate.certificateNumber() + " terbit",
                    "Certificate " + certificate.certificateNumber() + " issued");
        }
        if (event instanceof TrainingReviewed reviewed) {
            return new Summary(
                    "Memberi ulasan dengan nilai " + reviewed.rating(),
                    "Reviewed the training with " + reviewed.rating() + " stars");
        }
        if (event instanceof PayoutAccountSet set) {
            // Erased, the account reads as null, the provider with it.
            var provider = set.account() == null ? "-" : set.account().provider();
            return new Summary("Rekening pencairan diatur: " + provider, "Payout account set: " + provider);
        }
        if (event instanceof IncentiveScheduled scheduled) {
            var total = scheduled.installments().stream()
                    .mapToLong(ScheduledInstallment::amount)
                    .sum();
            return new Summary(
                    "Insentif dijadwalkan: " + scheduled.installments().size() + " kali, total " + Rupiah.format(total),
                    "Incentive scheduled: " + scheduled.installments().size() + " payments, " + Rupiah.format(total)
                            + " in all");
        }
        if (event instanceof DisbursementRequested requested) {
            return new Summary(
                    "Pencairan insentif ke-" + requested.installment() + " diajukan",
                    "Incentive payment " + requested.installment() + " requested");
        }
        if (event instanceof IncentivePaid paid) {
            return new Summary(
                    "Insentif ke-" + paid.installment() + " sebesar " + Rupiah.format(paid.amount()) + " diterima",
                    "Incentive payment " + paid.installment() + " of " + Rupiah.format(paid.amount()) + " received");
        }
        if (event instanceof DisbursementFailed failed) {
            return new Summary(
                    "Pencairan insentif ke-" + failed.installment() + " gagal: " + failed.reason()
                            + "; perbarui rekening Anda",
                    "Incentive payment " + failed.installment() + " failed: " + failed.reason()
                            + "; update your account");
        }
        if (event instanceof ParticipantEvent.DuplicatePaymentReported duplicate) {
            return new Summary(
                    "Mitra pembayaran melaporkan pembayaran kedua untuk insentif ke-" + duplicate.installment()
                            + "; kelebihan akan ditagih kembali oleh mitra",
                    "The payment partner reported a second payment of incentive " + duplicate.installment()
                            + "; the partner will recover the excess");
        }
        if (event instanceof ParticipantEvent.PaymentReversed reversed && reversed.secondPayment()) {
            return new Summary(
                    "Mitra menarik kembali pembayaran kedua insentif ke-" + reversed.installment(),
                    "The partner took back the second payment of incentive " + reversed.installment());
        }
        if (event instanceof ParticipantEvent.PaymentReversed reversed) {
            return new Summary(
                    "Pembayaran insentif ke-" + reversed.installment() + " dibatalkan oleh mitra; akan dibayar ulang",
                    "Incentive payment " + reversed.installment() + " was reversed by the partner; it will be paid"
                            + " again");
        }
        if (event instanceof ParticipantEvent.DisbursementRetryApproved approved) {
            return new Summary(
                    "Pencairan insentif ke-" + approved.installment() + " akan dicoba lagi",
                    "Incentive payment " + approved.installment() + " will be tried again");
        }
        if (event instanceof ParticipationRevoked revoked) {
            return new Summary(
                    "Kepesertaan dicabut: " + revoked.reason(), "Participation revoked: " + revoked.reason());
        }
        if (event instanceof ClawbackRecorded clawback) {
            return new Summary(
                    "Wajib mengembalikan " + Rupiah.format(clawback.amountReceived()),
                    "Must return " + Rupiah.format(clawback.amountReceived()));
        }
        throw new IllegalArgumentException("No summary for " + event.getClass().getSimpleName());
    }
}
