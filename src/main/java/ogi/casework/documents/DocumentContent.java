package ogi.casework.documents;

/** A stored letter with its bytes. */
public record DocumentContent(StoredDocument document, byte[] content) {
}
