package ogi.casework.documents;

/** A rendered letter: its kind, format, suggested file name and bytes. */
public record RenderedDocument(DocumentKind kind, DocumentFormat format, String fileName, byte[] content) {
}
