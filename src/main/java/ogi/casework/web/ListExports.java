package ogi.casework.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.casework.CaseRegister;
import ogi.casework.casework.Worklist;
import ogi.casework.shared.CaseworkSettings;

/**
 * The worklist and the register as XLSX workbooks (streamed rows, so a long list does not fill the memory): one sheet
 * of rows with the pages' column names and values in words, and a notes sheet saying when, for whom and how many.
 */
@Component
class ListExports {

	static final int CHUNK = 500;

	static final MediaType XLSX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MessageSource messages;

	private final CaseworkSettings settings;

	private final Clock clock;

	ListExports(MessageSource messages, CaseworkSettings settings, Clock clock) {
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	ResponseEntity<byte[]> worklist(CurrentUser user, Locale locale, IntFunction<List<Worklist.Entry>> pages,
			int limit) {
		List<List<String>> rows = new ArrayList<>();
		boolean truncated = false;
		for (int page = 0;; page++) {
			var items = pages.apply(page);
			for (var t : items) {
				if (rows.size() == limit) {
					truncated = true;
					break;
				}
				rows.add(List.of(t.caseNumber(), text(t.applicantName()), text(t.subject()), date(t.receiptDate()),
						t.channel() == null ? "" : msg("enum.Channel." + t.channel(), locale),
						msg("step." + t.step(), locale), date(t.dueDate()),
						t.workingDaysLeft() == null ? "" : t.workingDaysLeft().toString(),
						t.assignee() == null ? msg("tasks.unclaimed", locale) : t.assignee()));
			}
			if (truncated || items.size() < CHUNK) {
				break;
			}
		}
		var header = List.of("tasks.case", "tasks.applicant", "tasks.subject", "tasks.received", "tasks.channel",
				"tasks.step", "tasks.due", "tasks.left", "tasks.assignee");
		return workbook("worklist", msg("tasks.title", locale), header, rows, truncated, limit, user, locale);
	}

	ResponseEntity<byte[]> register(CurrentUser user, Locale locale, List<CaseRegister.Row> found, boolean truncated,
			int limit) {
		List<List<String>> rows = found.stream().map(r -> List.of(r.caseNumber(), text(r.applicantName()),
				r.applicantType() == null ? "" : msg("enum.ApplicantType." + r.applicantType(), locale),
				text(r.subject()), date(r.receiptDate()),
				r.channel() == null ? "" : msg("enum.Channel." + r.channel(), locale), msg("status." + r.status(), locale),
				r.outcome() == null ? "" : msg("enum.Outcome." + r.outcome(), locale), text(r.handler()),
				date(r.replyDueDate()))).toList();
		var header = List.of("register.case", "register.applicant", "register.applicantType", "register.subject",
				"register.received", "register.channel", "register.status", "register.outcome", "register.handler",
				"register.replyDue");
		return workbook("register", msg("register.title", locale), header, rows, truncated, limit, user, locale);
	}

	private ResponseEntity<byte[]> workbook(String file, String title, List<String> header, List<List<String>> rows,
			boolean truncated, int limit, CurrentUser user, Locale locale) {
		var workbook = new SXSSFWorkbook(200);
		try (var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(title);
			Row head = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				head.createCell(c).setCellValue(msg(header.get(c), locale));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			Sheet notes = workbook.createSheet(msg("export.notes", locale));
			var now = LocalDateTime.now(clock.withZone(settings.zone())).withNano(0);
			List<String> lines = new ArrayList<>(List.of(msg("export.note.what", locale, title),
					msg("export.note.when", locale, now.toString().replace('T', ' ')),
					msg("export.note.who", locale, user.username()),
					msg("export.note.rows", locale, rows.size()),
					msg("export.note.personalData", locale)));
			if (truncated) {
				lines.add(msg("export.note.truncated", locale, limit));
			}
			for (int i = 0; i < lines.size(); i++) {
				notes.createRow(i).createCell(0).setCellValue(lines.get(i));
			}
			workbook.write(out);
			String name = file + "-" + LocalDate.now(clock.withZone(settings.zone())) + ".xlsx";
			return ResponseEntity.ok().contentType(XLSX)
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
					.body(out.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			workbook.dispose();
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
