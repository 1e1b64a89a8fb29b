package dev.katib.letters.addressing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeminineTitlesTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "مدير, مديرة", "المدير, المديرة", "مدير إدارة الموارد البشرية, مديرة إدارة الموارد البشرية",
			"رئيس مجلس الإدارة, رئيسة مجلس الإدارة", "مدير الشؤون المالية, مديرة الشؤون المالية",
			"المدير التنفيذي, المديرة التنفيذية", "المدير العام للشركة, المديرة العامة للشركة",
			"مدير تنفيذي, مديرة تنفيذية", "مشرف أول, مشرفة أولى", "نائب الرئيس, نائبة الرئيس",
			"وكيل وزارة التعليم, وكيلة وزارة التعليم", "مستشار, مستشارة" })
	void putsATitleInTheFeminineWhenASimpleRuleApplies(String masculine, String feminine) {
		assertThat(FeminineTitles.of(masculine)).contains(feminine);
	}

	@ParameterizedTest(name = "{0} stays as written")
	@ValueSource(strings = { "مدير عام الشركة", "وكيل الوزارة المساعد", "مدير المركز الإقليمي", "عضو مجلس الإدارة",
			"مديرة الإدارة", "قنصل", "مدير رئيسي للمشاريع", "Director of Finance" })
	void leavesATitleAsWrittenRatherThanRiskAWrongForm(String title) {
		assertThat(FeminineTitles.of(title)).isEmpty();
	}
}
