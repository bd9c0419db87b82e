package org.factline.importer;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel workbooks ({@code .xlsx}, read with Apache POI): one sheet written out as CSV, so that any layout Factline
 * reads in a CSV file is read the same in a sheet. Numbers are written as the shortest decimal that is the cell's
 * value (Excel stores binary doubles: 0.1 stays 0.1); dates as ISO dates; formulas as their cached results.
 */
final class Spreadsheets {

    private Spreadsheets() {
    }

    /** Whether a zip file is an Excel workbook. */
    static boolean isWorkbook(List<String> entryNames) {
        return entryNames.contains("xl/workbook.xml");
    }

    /**
     * Writes the named sheet (null: the first) as UTF-8 CSV into {@code out}; returns the sheet's name.
     *
     * @throws IllegalArgumentException naming the sheets there are when there is no such sheet
     */
    static String toCsv(Path workbook, String sheetName, Path out) throws IOException {
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
                throw new IllegalArgumentException(workbook.getFileName() + ": no sheet \"" + sheetName
                        + "\"; the workbook has " + names);
            }
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                int width = 0;
                for (Row row : sheet) {
                    width = Math.max(width, row.getLastCellNum());
                }
                int next = 0;
                for (Row row : sheet) {
                    for (; next < row.getRowNum(); next++) {
                        csv.println(); // keep line numbers: an empty row is an empty line
                    }
                    List<String> cells = new ArrayList<>(width);
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    csv.printRecord(cells);
                    next = row.getRowNum() + 1;
                }
            }
            return sheet.getSheetName();
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** 2020.0 is "2020", 1.50 is "1.5", 1E+10 is "10000000000". */
    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
