package org.plans.dsl.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel workbook: each sheet is a table (its rows, as displayed; a formula cell as the value
 * Excel saved for it, not the formula), after its name when there are several; and the title
 * its properties give, if any.
 */
public class XlsxReader implements SourceReader {

	@Override
	public List<Block> read(Path file) throws IOException {
		String name = file.getFileName().toString();
		List<Block> blocks = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.UK);
		formatter.setUseCachedValuesForFormulaCells(true);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			String title = workbook.getProperties().getCoreProperties().getTitle();
			if (title != null && !title.isBlank()) {
				blocks.add(new Block.Title(CellText.plain(title), name + " properties"));
			}
			for (Sheet sheet : workbook) {
				String origin = name + " sheet '" + sheet.getSheetName() + "'";
				List<Block.Row> rows = new ArrayList<>();
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : CellText.plain(formatter.formatCellValue(cell)));
					}
					rows.add(new Block.Row(cells, origin + " row " + (row.getRowNum() + 1)));
				}
				if (workbook.getNumberOfSheets() > 1) {
					blocks.add(new Block.Sheet(sheet.getSheetName(), origin));
				}
				if (!rows.isEmpty()) {
					blocks.add(new Block.Table(Tables.square(rows), origin));
				}
			}
		}
		return blocks;
	}
}
