#include "text/CitizenIdProvince.h"

#include <algorithm>
#include <iterator>

namespace motcua {

namespace {

struct Province {
    int code;
    const char16_t* name;
};

// Sorted by code (binary search below relies on it). Circular 07/2016/TT-BCA, Appendix 1.
constexpr Province kProvinces[] = {
    {1, u"Hà Nội"},
    {2, u"Hà Giang"},
    {4, u"Cao Bằng"},
    {6, u"Bắc Kạn"},
    {8, u"Tuyên Quang"},
    {10, u"Lào Cai"},
    {11, u"Điện Biên"},
    {12, u"Lai Châu"},
    {14, u"Sơn La"},
    {15, u"Yên Bái"},
    {17, u"Hòa Bình"},
    {19, u"Thái Nguyên"},
    {20, u"Lạng Sơn"},
    {22, u"Quảng Ninh"},
    {24, u"Bắc Giang"},
    {25, u"Phú Thọ"},
    {26, u"Vĩnh Phúc"},
    {27, u"Bắc Ninh"},
    {30, u"Hải Dương"},
    {31, u"Hải Phòng"},
    {33, u"Hưng Yên"},
    {34, u"Thái Bình"},
    {35, u"Hà Nam"},
    {36, u"Nam Định"},
    {37, u"Ninh Bình"},
    {38, u"Thanh Hóa"},
    {40, u"Nghệ An"},
    {42, u"Hà Tĩnh"},
    {44, u"Quảng Bình"},
    {45, u"Quảng Trị"},
    {46, u"Thừa Thiên Huế"},
    {48, u"Đà Nẵng"},
    {49, u"Quảng Nam"},
    {51, u"Quảng Ngãi"},
    {52, u"Bình Định"},
    {54, u"Phú Yên"},
    {56, u"Khánh Hòa"},
    {58, u"Ninh Thuận"},
    {60, u"Bình Thuận"},
    {62, u"Kon Tum"},
    {64, u"Gia Lai"},
    {66, u"Đắk Lắk"},
    {67, u"Đắk Nông"},
    {68, u"Lâm Đồng"},
    {70, u"Bình Phước"},
    {72, u"Tây Ninh"},
    {74, u"Bình Dương"},
    {75, u"Đồng Nai"},
    {77, u"Bà Rịa - Vũng Tàu"},
    {79, u"Hồ Chí Minh"},
    {80, u"Long An"},
    {82, u"Tiền Giang"},
    {83, u"Bến Tre"},
    {84, u"Trà Vinh"},
    {86, u"Vĩnh Long"},
    {87, u"Đồng Tháp"},
    {89, u"An Giang"},
    {91, u"Kiên Giang"},
    {92, u"Cần Thơ"},
    {93, u"Hậu Giang"},
    {94, u"Sóc Trăng"},
    {95, u"Bạc Liêu"},
    {96, u"Cà Mau"},
};

static_assert(std::size(kProvinces) == 63, "Circular 07/2016/TT-BCA lists 63 provinces");

} // namespace

QStringView CitizenIdProvince::name(int code)
{
    const auto it = std::lower_bound(std::begin(kProvinces), std::end(kProvinces), code,
                                     [](const Province& p, int c) { return p.code < c; });
    if (it == std::end(kProvinces) || it->code != code)
        return {};
    return QStringView(it->name);
}

QList<int> CitizenIdProvince::codes()
{
    QList<int> out;
    out.reserve(std::size(kProvinces));
    for (const Province& p : kProvinces)
        out.append(p.code);
    return out;
}

} // namespace motcua
