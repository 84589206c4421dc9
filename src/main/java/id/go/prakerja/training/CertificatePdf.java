package id.go.prakerja.training;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The certificate as a PDF (OpenPDF), with a QR code (ZXing) of its public verification address. */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy", Locale.forLanguageTag("id-ID"))
            .withZone(ZoneId.of("Asia/Jakarta"));
    private static final float QR_SIZE = 120;

    private CertificatePdf() {}

    static byte[] render(CertificateView certificate, String verificationUrl) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 60, 60, 60, 60);
        try {
            var writer = PdfWriter.getInstance(document, out);
            document.addTitle("Sertifikat " + certificate.certificateNumber());
            document.open();
            document.add(centred("SERTIFIKAT KARTU PRAKERJA", new Font(Font.HELVETICA, 26, Font.BOLD)));
            document.add(centred("Diberikan kepada", new Font(Font.HELVETICA, 14)));
            document.add(centred(certificate.participantName(), new Font(Font.HELVETICA, 24, Font.BOLD)));
            document.add(centred("atas penyelesaian pelatihan", new Font(Font.HELVETICA, 14)));
            document.add(centred(certificate.trainingTitle(), new Font(Font.HELVETICA, 18, Font.BOLD)));
            document.add(centred(
                    "oleh " + certificate.provider() + " melalui " + certificate.platform(),
                    new Font(Font.HELVETICA, 12)));
            document.add(
                    centred("Tanggal terbit: " + DATE.format(certificate.issuedAt()), new Font(Font.HELVETICA, 12)));
            document.add(centred("Nomor sertifikat: " + certificate.certificateNumber(), new Font(Font.COURIER, 12)));
            document.add(centred("Verifikasi: " + verificationUrl, new Font(Font.HELVETICA, 9)));
            drawQrCode(writer, verificationUrl, document.right() - QR_SIZE, document.bottom());
            document.close();
        } catch (DocumentException | WriterException e) {
            throw new IllegalStateException("The certificate PDF could not be made", e);
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(10);
        return paragraph;
    }

    private static void drawQrCode(PdfWriter writer, String content, float x, float y) throws WriterException {
        var matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 1));
        float cell = QR_SIZE / matrix.getWidth();
        var canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    canvas.rectangle(x + column * cell, y + (matrix.getHeight() - row - 1) * cell, cell, cell);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
