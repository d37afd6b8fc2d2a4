#pragma once

#include <optional>

#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

namespace motcua::client {

// The forms the reception counter prints (numbering of Circular 01/2018/TT-VPCP), and the
// separator sheets of batch scanning. New kinds go at the end (settings keys use the names).
enum class FormKind {
    Receipt,     // Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả
    Supplement,  // Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
    Refusal,     // Mẫu 03 Phiếu từ chối tiếp nhận, giải quyết hồ sơ
    ControlSlip, // Mẫu 05 Phiếu kiểm soát quá trình giải quyết hồ sơ
    Register,    // Mẫu 06 Sổ theo dõi hồ sơ (many dossiers, a date range)
    Separator,   // Tờ phân cách: one sheet per component, its QR read by the batch split
    Apology,     // Mẫu 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả
};

QList<FormKind> allFormKinds();

// Stable names: the command line (`motcua print --form receipt`), settings keys and template
// file names ("receipt" → receipt.html).
QString formKindName(FormKind kind);
std::optional<FormKind> parseFormKind(const QString& name);

// The translated name users see in menus and dialogs, e.g. "Receipt and appointment (form 01)".
QString formKindTitle(FormKind kind);

// Paper, margins and scale of one form. The templates are designed for A4; on smaller paper the
// whole form is laid out wider and printed smaller (`scale`), so one template serves both, and
// barcodes keep their minimum printed size whatever the scale.
struct PageSetup {
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm{20, 12, 15, 12}; // left, top, right, bottom
    qreal scale = 1.0;                   // 0.75 on A5: 12 pt prints as 9 pt

    // The usual margins and scale for a paper size.
    static PageSetup forPaper(QPageSize::PageSizeId size,
                              QPageLayout::Orientation orientation = QPageLayout::Portrait);

    QPageLayout pageLayout() const
    {
        return QPageLayout(QPageSize(size), orientation, marginsMm, QPageLayout::Millimeter);
    }

    friend bool operator==(const PageSetup&, const PageSetup&) = default;
};

// Defaults follow what counters do: every form on A4 portrait (the Circular's templates are A4
// pages, counters have A4 laser printers, and a receipt with a dozen components plus two signature
// blocks does not fit A5 in a legible size), except the register, Mẫu 06, on A4 landscape for its
// fourteen columns. A5 is a setting away for counters that print short receipts on half sheets.
PageSetup defaultPageSetup(FormKind kind);

// Margins that suit a paper size (A5 gets narrower ones than A4).
QMarginsF defaultMarginsMm(QPageSize::PageSizeId size);

// How much a form designed for A4 is shrunk on this paper: 0.75 on A5 (the ratio of the
// printable widths), 0.6 on A6, else 1.
qreal defaultScale(QPageSize::PageSizeId size);

} // namespace motcua::client
