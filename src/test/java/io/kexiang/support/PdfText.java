package io.kexiang.support;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a downloaded PDF back as text, to see that what was drawn is what was meant (Chinese included). */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
