package io.github.careplanspec.examples.render.view;

import java.util.List;

/**
 * The forms (様式) a page holds, as the templates read them: each is one printed page of its 様式, with the problems
 * of its records listed under it. Immutable.
 */
public final class Forms {
    private Forms() {
    }

    /** One form of a page. */
    public sealed interface Form permits Table1, Table2, Table3, Table6, Table7, ItemSheet, Deletion, Unreadable {
        /** @return the form's heading */
        String title();

        /** @return the file (or files) it shows, as reported */
        String file();

        /** @return the problems of its records, in mark order */
        List<Note> notes();

        /** @return whether the 様式 is printed in portrait (else landscape) */
        default boolean portrait() {
            return false;
        }

        /** @return the section's CSS classes */
        default String css() {
            return portrait() ? "form portrait" : "form landscape";
        }
    }

    /**
     * 第1表 居宅サービス計画書（１）.
     *
     * @param title the heading
     * @param file the UP1KYO file
     * @param plan the UP1KYO record
     * @param user the 利用者補足情報 (UPHOSOKU) record of the same plan, or a blank one
     * @param notes the problems
     */
    public record Table1(String title, String file, Rec plan, Rec user, List<Note> notes) implements Form {
    }

    /**
     * 第2表 居宅サービス計画書（２）: the rows in print order (R40), continuation cells merged.
     *
     * @param title the heading
     * @param file the UP2KYO file
     * @param head the first row (for the plan's dates)
     * @param user the 利用者補足情報 record, or a blank one
     * @param rows the rows in print order
     * @param notes the problems
     */
    public record Table2(String title, String file, Rec head, Rec user, List<Table2Row> rows, List<Note> notes)
            implements Form {
    }

    /**
     * A row of the 第2表.
     *
     * @param r the record
     * @param spans per item No. of a continued cell (課題, 目標, 期間): the rows it spans from here, 0 when this
     *              row's blank cell continues the one above ({@code CarePlanTable2Row.carryForward}); 1 if absent
     */
    public record Table2Row(Rec r, java.util.Map<Integer, Integer> spans) {
        /**
         * How many rows an item's cell spans from this row.
         *
         * @param no 課題 (7), 長期目標 (9), 長期期間 (11), 短期目標 (10) or 短期期間 (12)
         * @return the rows, 0 when this row's cell is merged into the one above
         */
        public int span(int no) {
            return spans.getOrDefault(no, 1);
        }
    }

    /**
     * 第3表 週間サービス計画表.
     *
     * @param title the heading
     * @param file the UP3KYO file
     * @param head the first row (for the plan's dates)
     * @param user the 利用者補足情報 record, or a blank one
     * @param weekdays the seven day headings, 月 to 日
     * @param slots the rows of the weekly grid, 深夜 to 深夜
     * @param untimed weekly services and activities without a usable time, by weekday (月–日, then no weekday)
     * @param others 週単位以外のサービス
     * @param notes the problems
     */
    public record Table3(String title, String file, Rec head, Rec user, List<String> weekdays, List<Slot> slots,
            List<Entry> untimed, List<Item> others, List<Note> notes) implements Form {
    }

    /**
     * A row of the weekly grid: two hours.
     *
     * @param band 深夜, 早朝, 午前, 午後 or 夜間
     * @param bandSpan the rows the band's cell spans from here, 0 when the band began above
     * @param time the row's start, {@code 4:00}
     * @param days the services starting in these hours, per weekday 月–日
     * @param activities the 主な日常生活上の活動 starting in these hours
     */
    public record Slot(String band, int bandSpan, String time, List<List<Entry>> days, List<Entry> activities) {
    }

    /**
     * A service or activity of the weekly grid.
     *
     * @param from the start time item
     * @param to the end time item
     * @param text the 介護サービス内容 or 主な日常生活上の活動 item
     * @param day the 曜日 item, for entries without a usable time
     */
    public record Entry(Item from, Item to, Item text, Item day) {
    }

    /**
     * 第6表 サービス利用票 (予定, with 実績 beside it when the render has it).
     *
     * @param title the heading
     * @param file the UPPLAN (or UPJSK) file
     * @param head the first record (header items)
     * @param user the 利用者補足情報 record of the same month, or a blank one
     * @param paired the file of the other side (the UPJSK beside a UPPLAN, or the reverse), empty when none
     * @param days the day columns of the month
     * @param lines the service lines
     * @param notes the problems
     */
    public record Table6(String title, String file, Rec head, Rec user, String paired, List<Day> days,
            List<Line> lines, List<Note> notes) implements Form {
    }

    /**
     * A day column of the 第6表.
     *
     * @param day the day of the month
     * @param weekday 月…日
     * @param css {@code sat}, {@code sun} or empty
     */
    public record Day(int day, String weekday, String css) {
    }

    /**
     * A service line of the 第6表: 予定 and 実績 rows.
     *
     * @param first the line's first record (提供時間帯, サービスコード, 事業所)
     * @param service the name of the サービス種類 of the line's サービスコード, empty when unknown
     * @param plan the 予定 counts per day column (empty text for none), empty when the render has no 予定
     * @param planTotal the 予定 合計回数
     * @param result the 実績 counts per day column, empty when the render has no 実績 for the line
     * @param resultTotal the 実績 合計回数
     * @param hasPlan whether a 予定 row is shown
     * @param hasResult whether a 実績 row is shown
     */
    public record Line(Rec first, String service, List<String> plan, String planTotal, List<String> result,
            String resultTotal, boolean hasPlan, boolean hasResult) {
    }

    /**
     * 第7表 サービス利用票別表.
     *
     * @param title the heading
     * @param file the UPSIKYU file
     * @param head the first record
     * @param user the 利用者補足情報 record of the same month, or a blank one
     * @param rows the rows, in file order
     * @param notes the problems
     */
    public record Table7(String title, String file, Rec head, Rec user, List<Table7Row> rows, List<Note> notes)
            implements Form {
    }

    /**
     * A row of the 第7表.
     *
     * @param r the record
     * @param css {@code detail}, {@code subtotal} (種類別小計 {@code AAAA/EEEE/ZZZZ}) or {@code total} (全合計 999999)
     * @param service the サービス内容/種類 shown
     */
    public record Table7Row(Rec r, String css, String service) {
    }

    /**
     * A 様式 shown as its items in No. order with its tables: 利用者基本情報, 介護予防サービス・支援計画書.
     *
     * @param title the heading
     * @param file the files
     * @param portrait whether the 様式 is portrait
     * @param items the main record's items (No.1 CSVバージョン left out)
     * @param tables the 別表 (SUB1, SUB2, UPYOBO_SUB)
     * @param image the 家族構成 JPEG as a {@code data:} URI, or empty
     * @param imageName the image's file name, or empty
     * @param notes the problems
     */
    public record ItemSheet(String title, String file, boolean portrait, List<Item> items, List<Grid> tables,
            String image, String imageName, List<Note> notes) implements Form {
    }

    /**
     * A table of records: a 別表.
     *
     * @param caption the caption
     * @param headers the column headings (日本語名称)
     * @param rows the rows' items
     */
    public record Grid(String caption, List<String> headers, List<List<Item>> rows) {
    }

    /**
     * A deletion (削除) record: a short notice of what it deletes.
     *
     * @param title the heading
     * @param file the file
     * @param kind the kind of data deleted
     * @param key the key items of the data deleted
     * @param notes the problems
     */
    public record Deletion(String title, String file, String kind, List<Item> key, List<Note> notes) implements Form {
    }

    /**
     * A file or input that could not be read: why, instead of a form.
     *
     * @param title the heading
     * @param file the file or input
     * @param intro the notice before the reasons
     * @param reasons why
     * @param notes the problems
     */
    public record Unreadable(String title, String file, String intro, List<String> reasons, List<Note> notes) implements Form {
    }
}
