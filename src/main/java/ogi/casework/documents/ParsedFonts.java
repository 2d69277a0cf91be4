package ogi.casework.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The vendored fonts as PDFBox parsed them, kept for the life of the process: parsing the 4 MB CJK font for every PDF
 * was most of the cost of a letter. A parsed {@link TrueTypeFont} reads its glyphs lazily from its own buffer and is
 * not safe for two documents at once, so a rendering borrows one parsed pair and gives it back; a new pair is parsed
 * only while fewer than {@code limit} exist and every one is lent, and a rendering waits for a pair beyond that (PDF
 * rendering is CPU-bound, so more pairs than a few per core would only cost memory).
 */
final class ParsedFonts {

	/** The Latin and the CJK font of one rendering. */
	record Pair(TrueTypeFont latin, TrueTypeFont cjk) {
	}

	private final byte[] latin;

	private final byte[] cjk;

	private final int limit;

	private final BlockingQueue<Pair> idle;

	private final AtomicInteger parsed = new AtomicInteger();

	ParsedFonts(byte[] latin, byte[] cjk, int limit) {
		this.latin = latin;
		this.cjk = cjk;
		this.limit = limit;
		this.idle = new ArrayBlockingQueue<>(limit);
	}

	/** Lends a parsed pair; parses one only when none is idle and fewer than the limit exist. */
	Pair borrow() {
		Pair pair = idle.poll();
		if (pair != null) {
			return pair;
		}
		while (true) {
			int existing = parsed.get();
			if (existing >= limit) {
				try {
					return idle.take();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for the PDF fonts", e);
				}
			}
			if (parsed.compareAndSet(existing, existing + 1)) {
				try {
					return new Pair(parse(latin), parse(cjk));
				}
				catch (RuntimeException e) {
					parsed.decrementAndGet();
					throw e;
				}
			}
		}
	}

	/** Takes a pair back once its document is saved and closed. */
	void giveBack(Pair pair) {
		idle.add(pair);
	}

	/** How many pairs this process has parsed so far. */
	int parsedPairs() {
		return parsed.get();
	}

	private static TrueTypeFont parse(byte[] bytes) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot parse a vendored font", e);
		}
	}
}
