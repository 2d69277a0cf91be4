package ogi.casework.documents;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The vendored fonts as PDFBox parsed them, once per process and shared by every rendering: parsing the 4 MB CJK font
 * for every PDF was most of the cost of a letter, and a parsed pair holds ~15 MB of heap. A parsed {@link TrueTypeFont}
 * reads a table the first time it is asked for, by seeking the one stream it shares, without a lock; so every table is
 * read here, before the font is shared. After that, what renderings share is read only or read under PDFBox's own
 * locks: glyphs (read under the glyph table's lock, as PDFBox does for the fonts its font cache shares between
 * threads), raw table bytes for the subset (under the font's lock) and the whole font's bytes (a new stream each time).
 */
final class ParsedFonts {

	/** The Latin and the CJK font of every rendering. */
	record Pair(TrueTypeFont latin, TrueTypeFont cjk) {
	}

	private final byte[] latin;

	private final byte[] cjk;

	private volatile Pair parsed;

	private int parses;

	ParsedFonts(byte[] latin, byte[] cjk) {
		this.latin = latin;
		this.cjk = cjk;
	}

	/** The parsed pair, parsed by the first rendering that asks for it. */
	Pair get() {
		Pair pair = parsed;
		if (pair == null) {
			synchronized (this) {
				pair = parsed;
				if (pair == null) {
					pair = new Pair(parse(latin), parse(cjk));
					parses++;
					parsed = pair;
				}
			}
		}
		return pair;
	}

	/** How many times this process has parsed the fonts: once, after the first rendering. */
	synchronized int parsedPairs() {
		return parses;
	}

	private static TrueTypeFont parse(byte[] bytes) {
		try {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
			// Every table the font has, read now, while one thread holds it (a table missing from the font is null).
			font.getHeader();
			font.getHorizontalHeader();
			font.getMaximumProfile();
			font.getHorizontalMetrics();
			font.getIndexToLocation();
			font.getGlyph();
			font.getCmap();
			font.getNaming();
			font.getOS2Windows();
			font.getPostScript();
			font.getKerning();
			font.getVerticalHeader();
			font.getVerticalMetrics();
			font.getVerticalOrigin();
			font.getGsub();
			font.getUnicodeCmapLookup();
			font.getNumberOfGlyphs();
			font.getUnitsPerEm();
			return font;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot parse a vendored font", e);
		}
	}
}
