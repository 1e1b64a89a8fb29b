package dev.katib.connectors.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextEncodingsTests {

	@Test
	void readsTheByteOrderMarkFirst() {
		assertThat(TextEncodings.detect(bytes("\uFEFFالاسم", "UTF-8"))).isEqualTo(StandardCharsets.UTF_8);
		assertThat(TextEncodings.detect(bytes("\uFEFFالاسم", "UTF-16LE"))).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(TextEncodings.detect(bytes("\uFEFFالاسم", "UTF-16BE"))).isEqualTo(StandardCharsets.UTF_16BE);
		assertThat(TextEncodings.decode(bytes("\uFEFFالاسم", "UTF-16BE"), StandardCharsets.UTF_16BE)).isEqualTo("الاسم");
	}

	@Test
	void takesValidUtf8AsUtf8() {
		assertThat(TextEncodings.detect(bytes("الاسم,المدينة\nأحمد,الرياض\n", "UTF-8"))).isEqualTo(StandardCharsets.UTF_8);
		assertThat(TextEncodings.detect(bytes("name,city\nRené,Besançon\n", "UTF-8"))).isEqualTo(StandardCharsets.UTF_8);
		assertThat(TextEncodings.detect(bytes("id,amount\n1,500\n", "US-ASCII"))).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void tellsArabicWindows1256FromWestern1252EvenWhereIcuGuessesLatin1() {
		// ICU's CharsetDetector names ISO-8859-1 for the first two: Arabic names among English headers
		for (String arabic : new String[] { "Name,Arabic name\nAhmed,أحمد\nSara,سارة\n",
				"id,name,city\n1,Ahmed Al-Salem,Riyadh\n2,Omar,جدة\n", "الاسم", "أحمد,١٢٣",
				"رقم الهوية;الاسم;الجوال\n1029384756;سارة;0501234567\n", "ملاحظات: تم التسليم في ١٤٤٨/٠٣/١٢ هـ" }) {
			assertThat(TextEncodings.detect(bytes(arabic, "windows-1256"))).as(arabic).isEqualTo(TextEncodings.WINDOWS_1256);
		}
		for (String latin : new String[] { "Café", "Nom;Ville\nJosé;Zürich\n", "name,city\nRené,Besançon\nJürgen,München\n",
				"Straße,Größe\nHauptstraße,42\n", "naïve façade déjà vu à Paris\n", "Ñandú,año\n" }) {
			assertThat(TextEncodings.detect(bytes(latin, "windows-1252"))).as(latin).isEqualTo(TextEncodings.WINDOWS_1252);
		}
	}

	@Test
	void takesNulBytesOutsideUtf16ForBinary() {
		assertThat(TextEncodings.looksBinary(new byte[] { 'a', 0, 'b' })).isTrue();
		assertThat(TextEncodings.looksBinary(bytes("\uFEFFa,b", "UTF-16LE"))).isFalse();
		assertThat(TextEncodings.looksBinary(bytes("a,b\n", "UTF-8"))).isFalse();
	}

	private static byte[] bytes(String text, String charset) {
		return text.getBytes(Charset.forName(charset));
	}
}
