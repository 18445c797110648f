"""The corpus's openpyxl writer: the contract workbook as openpyxl saves it (named ranges,
an Excel table, a sheet-scoped name, a bar chart, styles and a print area).
Usage: python3 write_openpyxl.py contract.json out.xlsx [--1904]"""
import datetime
import json
import sys

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.utils.datetime import CALENDAR_MAC_1904

spec = json.load(open(sys.argv[1], encoding="utf-8"))
wb = Workbook()
if "--1904" in sys.argv:
    wb.epoch = CALENDAR_MAC_1904
wb.remove(wb.active)
for s in spec["sheets"]:
    ws = wb.create_sheet(s["name"])
    ws.append(s["header"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in s["rows"]:
        values = list(row)
        for c in s.get("dateColumns", []):
            values[c] = datetime.datetime.strptime(values[c], "%Y-%m-%d")
        ws.append(values)
    for r in range(2, len(s["rows"]) + 2):
        for c in s.get("dateColumns", []):
            ws.cell(row=r, column=c + 1).number_format = "yyyy-mm-dd"
        for c in s.get("amountColumns", []):
            ws.cell(row=r, column=c + 1).number_format = "#,##0.00"


def quoted(sheet):
    return "'" + sheet.replace("'", "''") + "'"


for n in spec["names"]:
    dn = DefinedName(n["name"], attr_text=f"{quoted(n['sheet'])}!{n['ref']}")
    if hasattr(wb.defined_names, "add"):
        wb.defined_names.add(dn)
    else:
        wb.defined_names.append(dn)
t = spec["table"]
table = Table(displayName=t["name"], ref=t["ref"])
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
wb[t["sheet"]].add_table(table)
sn = spec["sheetScopedName"]
ws = wb[sn["sheet"]]
local = DefinedName(sn["name"], attr_text=f"{quoted(sn['sheet'])}!{sn['ref']}")
if hasattr(ws, "defined_names"):
    ws.defined_names.add(local)
else:
    local.localSheetId = wb.sheetnames.index(sn["sheet"])
    wb.defined_names.append(local)
pa = spec["printArea"]
wb[pa["sheet"]].print_area = pa["ref"].replace("$", "")

chart_sheet = wb.create_sheet("Diagram")
chart = BarChart()
chart.title = "Ingående balans"
ib = wb["IB"]
chart.add_data(Reference(ib, min_col=2, min_row=1, max_row=3), titles_from_data=True)
chart.set_categories(Reference(ib, min_col=1, min_row=2, max_row=3))
chart_sheet.add_chart(chart, "B2")
wb.save(sys.argv[2])
