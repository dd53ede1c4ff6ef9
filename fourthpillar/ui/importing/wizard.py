"""File > Import initiatives: a wizard from the spreadsheet to a confirmed import.

Pages: choose the file and sheet; check the column mapping (a proposal for every column, any
can be changed or ignored); the preview (counts, duplicates and every problem with its row,
column and reason) with the duplicate policy; "Import" applies it all in one transaction.
Reading, previewing and applying run on :class:`~fourthpillar.ui.jobs.JobRunner` (applying as
a write job with a cancellable progress dialog); nothing is written before "Import".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizard
from PySide6.QtWidgets import QWizardPage

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import importing
from fourthpillar.services.desk import Desk
from fourthpillar.services.importing import ColumnsView
from fourthpillar.services.importing import ImportPreview
from fourthpillar.services.importing import ImportResult
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.exports import start_folder
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.widgets.tables import row_table

FOLDER_SETTING = "import/folder"
#: The problems table shows this many; the rest are counted (the command line lists them all).
MAX_PROBLEMS_SHOWN = 5000


def _is_known(error: BaseException) -> bool:
    return isinstance(error, KnownError | ValidationFailed)


class _Page(QWizardPage):
    """A page whose content comes from a background job; complete once it has arrived."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.import_wizard = wizard
        self.error_label = QLabel(self)
        self.error_label.setObjectName("importError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.busy = False

    def run(self, work: Callable[..., Any], done: Callable[[Any], None]) -> None:
        """Run *work(progress=, is_cancelled=)* off the GUI thread; *done* gets its result here."""
        self.busy = True
        self.error_label.hide()
        self.completeChanged.emit()

        def succeeded(result: Any) -> None:
            self.busy = False
            done(result)
            self.completeChanged.emit()

        def failed(error: BaseException) -> None:
            self.busy = False
            if not _is_known(error):
                raise error
            self.show_error(str(error))
            self.completeChanged.emit()

        def cancelled() -> None:
            self.busy = False
            self.completeChanged.emit()

        self.import_wizard.runner.run(work, on_success=succeeded, on_failure=failed, on_cancel=cancelled)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class FilePage(_Page):
    """Choose the .xlsx, .ods, .xls or .csv file and, for a workbook, the sheet."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(self.tr("An .xlsx, .ods or .xls workbook or a .csv file (comma or semicolon). Nothing is "
                                 "written until you confirm the import."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        self.path_edit.editingFinished.connect(self.load_sheets)
        self.path_edit.textChanged.connect(self._path_typed)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.currentIndexChanged.connect(lambda _index: self.completeChanged.emit())
        form = QFormLayout()
        # A row holding a layout gets no buddy from the form: without one "&File:" shows its "&".
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self._loaded_path = ""

    @property
    def path(self) -> str:
        return self.path_edit.text().strip()

    @property
    def sheet(self) -> str | None:
        return self.sheet_combo.currentText() or None

    @Slot()
    def browse(self) -> None:
        settings = QSettings()
        folder = start_folder(FOLDER_SETTING)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import initiatives"), folder,
            self.tr("Spreadsheets (*.xlsx *.ods *.xls *.csv *.txt);;All files (*)"))
        if chosen:
            settings.setValue(FOLDER_SETTING, str(Path(chosen).parent))
            self.path_edit.setText(chosen)
            self.load_sheets()

    @Slot(str)
    def _path_typed(self, _text: str) -> None:
        """Read the sheets as soon as the typed path names a file, not only after Tab: Next
        follows what is typed (and is off again when the path no longer names what was read)."""
        if self.path != self._loaded_path:
            if Path(self.path).is_file():
                self.load_sheets()
            else:
                self._loaded_path = ""
                self.sheet_combo.clear()
        self.completeChanged.emit()

    @Slot()
    def load_sheets(self) -> None:
        path = self.path
        if not path or path == self._loaded_path:
            return
        self._loaded_path = path
        self.sheet_combo.clear()

        def work(progress: Any, is_cancelled: Any) -> list[str]:
            return importing.list_sheets(path=path)

        def done(sheets: list[str]) -> None:
            if self.path == path:
                self.sheet_combo.addItems(sheets)

        self.run(work, done)

    def isComplete(self) -> bool:
        return not self.busy and bool(self.path) and self.sheet_combo.count() > 0

    def validatePage(self) -> bool:
        if self.path != self._loaded_path:
            self.load_sheets()
            return False
        return self.isComplete()


class MappingPage(_Page):
    """The column mapping: a proposed field for every column; change any, or ignore a column."""

    IGNORE = ""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each column of the spreadsheet goes into the field shown. Change any of them, "
                                 "or choose “Do not import”. The choice is remembered for files with the same "
                                 "columns."))
        self.header_label = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("importMapping")
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First values"), self.tr("Import into")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        self.columns: ColumnsView | None = None
        self._source: tuple[str, str | None] | None = None

    def initializePage(self) -> None:
        file_page = self.import_wizard.file_page
        source = (file_page.path, file_page.sheet)
        if source == self._source and self.columns is not None:
            return  # coming back: keep what the person chose
        self._source = source
        self.columns = None
        self.table.setRowCount(0)
        path, sheet = source
        desk = self.import_wizard.desk

        def work(progress: Any, is_cancelled: Any) -> ColumnsView:
            return importing.describe_columns(desk, path=path, sheet=sheet, progress=progress,
                                              is_cancelled=is_cancelled)

        self.run(work, self.show_columns)

    def show_columns(self, columns: ColumnsView) -> None:
        self.columns = columns
        self.header_label.setText(self.tr("Sheet “{sheet}”: the column headers are on row {row}.").format(
            sheet=columns.sheet, row=columns.header_row))
        fields = importing.import_fields()
        self.table.setRowCount(len(columns.columns))
        for row, column in enumerate(columns.columns):
            self.table.setItem(row, 0, QTableWidgetItem(column.header))
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(column.samples)))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("Do not import"), self.IGNORE)
            for name, label in fields:
                combo.addItem(label, name)
            combo.setCurrentIndex(max(combo.findData(column.field or self.IGNORE), 0))
            combo.setAccessibleName(self.tr("Import column {column} into").format(column=column.header))
            combo.currentIndexChanged.connect(lambda _index: self.completeChanged.emit())
            self.table.setCellWidget(row, 2, combo)

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> dict[str, str | None]:
        """Header -> field (None: not imported), as the table shows it."""
        if self.columns is None:
            return {}
        return {column.header: (self.combo(row).currentData() or None)
                for row, column in enumerate(self.columns.columns)}

    def set_field(self, header: str, field: str | None) -> None:
        """Choose the field for the column *header* (what the person does with the combo box)."""
        assert self.columns is not None
        for row, column in enumerate(self.columns.columns):
            if column.header == header:
                combo = self.combo(row)
                combo.setCurrentIndex(combo.findData(field or self.IGNORE))

    def isComplete(self) -> bool:
        return not self.busy and self.columns is not None and "name" in self.mapping().values()


class PreviewPage(_Page):
    """What the import will do: counts, duplicates and problems; the duplicate policy."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been written yet. Values that could not be understood are kept in "
                                 "the initiative's notes."))
        self.setCommitPage(False)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("importCounts")
        self.counts_label.setWordWrap(True)
        self.policy_combo = QComboBox(self)
        self.policy_combo.setObjectName("importPolicy")
        self.policy_combo.addItem(self.tr("Skip them"), "skip")
        self.policy_combo.addItem(self.tr("Fill only their empty fields"), "fill")
        self.policy_combo.addItem(self.tr("Create them anyway"), "create")
        self.policy_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        policy_row = QFormLayout()
        policy_row.addRow(self.tr("Rows that are already in the register or earlier in the file:"),
                          self.policy_combo)
        self.problems = self._table([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems.setObjectName("importProblems")
        self.duplicates = self._table([self.tr("Row"), self.tr("Name"), self.tr("Same as"), self.tr("Because of"),
                                       self.tr("What happens")])
        self.duplicates.setObjectName("importDuplicates")
        self.duplicates.itemSelectionChanged.connect(self._duplicate_selected)
        # A possible duplicate (a name like one in the register) is the officer's to decide, row by row.
        self.toggle_row = QPushButton(self.tr("Skip this row"), self)
        self.toggle_row.setObjectName("importToggleRow")
        self.toggle_row.clicked.connect(self._toggle_row)
        self.toggle_row.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addLayout(policy_row)
        layout.addWidget(QLabel(self.tr("Problems:"), self))
        layout.addWidget(self.problems, 2)
        layout.addWidget(QLabel(self.tr("Duplicates:"), self))
        layout.addWidget(self.duplicates, 1)
        layout.addWidget(self.toggle_row, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error_label)
        self.preview: ImportPreview | None = None

    def _table(self, labels: list[str]) -> QTableWidget:
        return row_table(labels, self, fit=True, one_row=False)

    @property
    def policy(self) -> str:
        return str(self.policy_combo.currentData())

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.preview = None
        self.counts_label.setText(self.tr("Reading the file…"))
        file_page = self.import_wizard.file_page
        path, sheet = file_page.path, file_page.sheet
        mapping = self.import_wizard.mapping_page.mapping()
        policy = self.policy
        desk = self.import_wizard.desk

        def work(progress: Any, is_cancelled: Any) -> ImportPreview:
            return importing.preview_import(desk, path=path, sheet=sheet, mapping=mapping, on_duplicate=policy,
                                            progress=progress, is_cancelled=is_cancelled)

        self.run(work, self.show_preview)

    def show_preview(self, preview: ImportPreview) -> None:
        if preview.on_duplicate != self.policy:
            return  # an older preview arriving after the policy changed again
        self.preview = preview
        self.counts_label.setText(self.tr(
            "{create} to create, {update} to update, {skipped} duplicates skipped, {not_imported} rows not "
            "imported; {problems} rows with problems.").format(
                create=preview.to_create, update=preview.to_update, skipped=preview.duplicates_skipped,
                not_imported=preview.not_imported, problems=preview.rows_with_problems))
        shown = preview.problems[:MAX_PROBLEMS_SHOWN]
        self.problems.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            where = str(problem.row) if problem.row is not None else self.tr("file")
            reason = problem.reason if problem.severity != "error" else self.tr("Not imported: {reason}").format(
                reason=problem.reason)
            for column, text in enumerate((where, problem.column, reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problems.setItem(row, column, item)
        actions = {"skip": self.tr("skipped"), "update": self.tr("empty fields filled"),
                   "create": self.tr("created anyway")}
        reasons = {"enterprise_number": self.tr("the same enterprise number"),
                   "name_municipality": self.tr("the same name and municipality")}
        self.duplicates.setRowCount(len(preview.duplicates))
        for row, duplicate in enumerate(preview.duplicates):
            if duplicate.matched_row is not None:
                same = self.tr("row {row}").format(row=duplicate.matched_row)
            else:
                same = self.tr("“{name}” in the register").format(name=duplicate.matched_name)
            reason = reasons.get(duplicate.reason, duplicate.reason)
            action = actions.get(duplicate.action, duplicate.action)
            if duplicate.score is not None:  # a near match: possibly the same, the officer decides
                reason = self.tr("possibly the same: a name alike (score {score})").format(score=duplicate.score)
                action = self.tr("created (you decide)") if duplicate.action == "create" else self.tr("skipped")
            for column, text in enumerate((str(duplicate.row), duplicate.name, same, reason, action)):
                self.duplicates.setItem(row, column, QTableWidgetItem(text))
        self._duplicate_selected()

    def _selected_near(self) -> Any:
        rows = self.duplicates.selectionModel().selectedRows()
        if self.preview is None or not rows or rows[0].row() >= len(self.preview.duplicates):
            return None
        duplicate = self.preview.duplicates[rows[0].row()]
        return duplicate if duplicate.score is not None else None

    @Slot()
    def _duplicate_selected(self) -> None:
        near = self._selected_near()
        self.toggle_row.setEnabled(near is not None)
        self.toggle_row.setText(self.tr("Import this row") if near is not None and near.action == "skip"
                                else self.tr("Skip this row"))

    @Slot()
    def _toggle_row(self) -> None:
        near = self._selected_near()
        if near is None or self.preview is None:
            return
        selected = self.duplicates.selectionModel().selectedRows()[0].row()
        decided = importing.decide_rows(self.preview, decisions={
            near.row: "create" if near.action == "skip" else "skip"})
        self.show_preview(decided)
        self.duplicates.selectRow(selected)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (not self.busy and self.preview is not None
                and self.preview.to_create + self.preview.to_update > 0)


class ImportWizard(QWizard):
    """Import initiatives from a spreadsheet.

    Signals:
        imported(object): the :class:`~fourthpillar.services.importing.ImportResult` once applied.
    """

    imported = Signal(object)

    def __init__(self, desk: Desk, runner: JobRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner if runner is not None else JobRunner(self)
        self.imported_result: ImportResult | None = None
        self.applying = False
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import initiatives"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.resize(860, 620)

    def accept(self) -> None:
        """Finish ("Import"): apply the previewed import in the background, then close."""
        if self.imported_result is not None:
            super().accept()
            return
        preview = self.preview_page.preview
        if preview is None or self.applying:
            return
        self.applying = True
        desk = self.desk

        def work(progress: Any, is_cancelled: Any) -> ImportResult:
            return importing.apply_import(desk, preview=preview, progress=progress, is_cancelled=is_cancelled)

        def done(result: ImportResult) -> None:
            self.applying = False
            self.imported_result = result
            self.imported.emit(result)
            super(ImportWizard, self).accept()

        def failed(error: KnownError | ValidationFailed) -> None:
            self.applying = False
            QMessageBox.warning(self, self.tr("Import initiatives"), str(error))

        def cancelled() -> None:
            self.applying = False

        run_write(self.runner, work, on_done=done, on_refused=failed, on_cancel=cancelled,
                  progress_label=self.tr("Importing…"), parent=self)


def open_import_wizard(parent: QWidget | None, desk: Desk, *, runner: JobRunner | None = None,
                       path: str | None = None) -> ImportResult | None:
    """Show the import wizard (modal); the :class:`ImportResult` once imported, None when cancelled."""
    wizard = ImportWizard(desk, runner, parent)
    if path:
        wizard.file_page.path_edit.setText(path)
        wizard.file_page.load_sheets()
    wizard.exec()
    result = wizard.imported_result
    wizard.deleteLater()
    return result
