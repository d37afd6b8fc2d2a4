<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActionCatalog</name>
    <message>
        <source>Accept…</source>
        <translation>Tiếp nhận…</translation>
    </message>
    <message>
        <source>Guide to complete…</source>
        <translation>Hướng dẫn bổ sung, hoàn thiện…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>Chuyển xử lý…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Phân công lại…</translation>
    </message>
    <message>
        <source>Return to previous step…</source>
        <translation>Trả lại bước trước…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Chuyển cơ quan, đơn vị khác…</translation>
    </message>
    <message>
        <source>Request supplement…</source>
        <translation>Yêu cầu bổ sung…</translation>
    </message>
    <message>
        <source>Supplement received…</source>
        <translation>Nhận hồ sơ bổ sung…</translation>
    </message>
    <message>
        <source>Request financial obligation…</source>
        <translation>Yêu cầu thực hiện nghĩa vụ tài chính…</translation>
    </message>
    <message>
        <source>Obligation settled, resume…</source>
        <translation>Đã thực hiện nghĩa vụ tài chính, tiếp tục xử lý…</translation>
    </message>
    <message>
        <source>Stop processing…</source>
        <translation>Dừng xử lý…</translation>
    </message>
    <message>
        <source>Approve / sign…</source>
        <translation>Phê duyệt / ký…</translation>
    </message>
    <message>
        <source>Result ready…</source>
        <translation>Đã có kết quả…</translation>
    </message>
    <message>
        <source>Return result…</source>
        <translation>Trả kết quả…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Rút hồ sơ…</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Cho ý kiến…</translation>
    </message>
    <message>
        <source>Propose apology…</source>
        <translation>Đề xuất hẹn lại ngày trả kết quả…</translation>
    </message>
    <message>
        <source>Approve apology…</source>
        <translation>Phê duyệt hẹn lại ngày trả kết quả…</translation>
    </message>
    <message>
        <source>Hand the dossier over to the next step, optionally to a named officer</source>
        <translation>Chuyển hồ sơ sang bước tiếp theo, có thể chỉ định cán bộ xử lý</translation>
    </message>
    <message>
        <source>Give the current step to another officer of the unit</source>
        <translation>Phân công bước hiện tại cho cán bộ khác trong đơn vị</translation>
    </message>
    <message>
        <source>Send the dossier back one step, with the reason</source>
        <translation>Trả hồ sơ về bước trước, kèm theo lý do</translation>
    </message>
    <message>
        <source>Move the dossier to another unit or agency</source>
        <translation>Chuyển hồ sơ sang đơn vị hoặc cơ quan khác</translation>
    </message>
    <message>
        <source>Ask the applicant for missing papers (form 02); the deadline clock stops</source>
        <translation>Yêu cầu tổ chức, cá nhân bổ sung giấy tờ còn thiếu (Mẫu 02); tạm dừng tính thời hạn</translation>
    </message>
    <message>
        <source>The applicant brought the missing papers; the deadline clock restarts</source>
        <translation>Tổ chức, cá nhân đã nộp giấy tờ bổ sung; tiếp tục tính thời hạn</translation>
    </message>
    <message>
        <source>Wait for fees or taxes to be paid; the deadline clock stops</source>
        <translation>Chờ nộp phí, lệ phí hoặc thuế; tạm dừng tính thời hạn</translation>
    </message>
    <message>
        <source>Fees or taxes are paid; the deadline clock restarts</source>
        <translation>Đã nộp phí, lệ phí hoặc thuế; tiếp tục tính thời hạn</translation>
    </message>
    <message>
        <source>End processing without a result, with the reason</source>
        <translation>Dừng xử lý hồ sơ khi chưa có kết quả, kèm theo lý do</translation>
    </message>
    <message>
        <source>Approve or sign the result</source>
        <translation>Phê duyệt hoặc ký kết quả giải quyết</translation>
    </message>
    <message>
        <source>Refuse the application, with the reason</source>
        <translation>Từ chối giải quyết hồ sơ, kèm theo lý do</translation>
    </message>
    <message>
        <source>Record the result document; the dossier is ready to return</source>
        <translation>Ghi nhận văn bản kết quả; hồ sơ sẵn sàng để trả kết quả</translation>
    </message>
    <message>
        <source>Hand the result to the applicant at the counter</source>
        <translation>Trả kết quả cho tổ chức, cá nhân tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>The applicant withdraws the application</source>
        <translation>Tổ chức, cá nhân xin rút hồ sơ</translation>
    </message>
    <message>
        <source>Write an opinion on the current step; nothing else changes</source>
        <translation>Ghi ý kiến về bước xử lý hiện tại; hồ sơ không thay đổi gì khác</translation>
    </message>
    <message>
        <source>Propose a new appointment with the reason (form 04), before the dossier is late</source>
        <translation>Đề xuất ngày hẹn trả mới kèm theo lý do (Mẫu 04), trước khi hồ sơ quá hạn</translation>
    </message>
    <message>
        <source>Approve the proposed new appointment (form 04)</source>
        <translation>Phê duyệt ngày hẹn trả mới đã được đề xuất (Mẫu 04)</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>collected now</source>
        <translation>thu khi tiếp nhận</translation>
    </message>
    <message>
        <source>collected at return</source>
        <translation>thu khi trả kết quả</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>được miễn</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>không thu</translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n giờ làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Code %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Mã %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose the case&lt;/b&gt;: the papers, time and fees depend on it.</source>
        <translation>&lt;b&gt;Chọn trường hợp&lt;/b&gt;: thành phần hồ sơ, thời hạn và phí, lệ phí tùy theo trường hợp.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Trường hợp: %1</translation>
    </message>
    <message>
        <source>Statutory time %1</source>
        <translation>Thời hạn giải quyết %1</translation>
    </message>
    <message>
        <source>Answered within the day of receipt</source>
        <translation>Giải quyết trong ngày tiếp nhận</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Không thu phí</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineState</name>
    <message>
        <source>Clock stopped: waiting for the applicant</source>
        <translation>Tạm dừng tính thời hạn: đang chờ tổ chức, cá nhân</translation>
    </message>
    <message>
        <source>No deadline: not accepted</source>
        <translation>Không tính thời hạn: hồ sơ không được tiếp nhận</translation>
    </message>
    <message>
        <source>No deadline: withdrawn</source>
        <translation>Không tính thời hạn: hồ sơ đã rút</translation>
    </message>
    <message>
        <source>No deadline: processing stopped</source>
        <translation>Không tính thời hạn: đã dừng xử lý</translation>
    </message>
    <message>
        <source>No appointment yet</source>
        <translation>Chưa có ngày hẹn trả</translation>
    </message>
    <message>
        <source>Finished early (%1, due %2)</source>
        <translation>Đã giải quyết trước hạn (%1, hẹn trả %2)</translation>
    </message>
    <message>
        <source>Finished on time (%1, due %2)</source>
        <translation>Đã giải quyết đúng hạn (%1, hẹn trả %2)</translation>
    </message>
    <message>
        <source>Finished late (%1, due %2)</source>
        <translation>Đã giải quyết quá hạn (%1, hẹn trả %2)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s) (due %1)</source>
        <translation>
            <numerusform>Quá hạn %n ngày làm việc (hẹn trả %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue (due %1)</source>
        <translation>Quá hạn (hẹn trả %1)</translation>
    </message>
    <message>
        <source>Due today at %1</source>
        <translation>Đến hạn hôm nay lúc %1</translation>
    </message>
    <message>
        <source>Due on the next working day (%1)</source>
        <translation>Đến hạn vào ngày làm việc kế tiếp (%1)</translation>
    </message>
    <message numerus="yes">
        <source>On schedule: due %1, %n working day(s) left</source>
        <translation>
            <numerusform>Trong hạn: hẹn trả %1, còn %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Không tính thời hạn</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>Prints the barcodes found on an image (PNG, JPEG, TIFF) or a PDF, one per line: page, format and text separated by tabs. Exit status 0 found, 1 none found, 2 error.</source>
        <translation>In ra các mã vạch tìm thấy trên ảnh (PNG, JPEG, TIFF) hoặc tệp PDF, mỗi mã một dòng: trang, loại mã và nội dung, phân cách bằng dấu tab. Mã thoát: 0 là tìm thấy, 1 là không tìm thấy, 2 là có lỗi.</translation>
    </message>
    <message>
        <source>the image or PDF to read</source>
        <translation>ảnh hoặc tệp PDF cần đọc</translation>
    </message>
    <message>
        <source>resolution PDF pages are rasterised at (default %1)</source>
        <translation>độ phân giải dùng để chuyển các trang PDF thành ảnh (mặc định %1)</translation>
    </message>
    <message>
        <source>symbologies to look for, separated by commas: QRCode, Code128, DataMatrix, PDF417, Code39, EAN13, or all (default QRCode,Code128)</source>
        <translation>các loại mã cần tìm, phân cách bằng dấu phẩy: QRCode, Code128, DataMatrix, PDF417, Code39, EAN13, hoặc all (mặc định QRCode,Code128)</translation>
    </message>
    <message>
        <source>vi or en</source>
        <translation>vi hoặc en</translation>
    </message>
    <message>
        <source>which file? Usage: motcua decode [--dpi N] [--formats LIST] FILE</source>
        <translation>cần đọc tệp nào? Cách dùng: motcua decode [--dpi N] [--formats LIST] FILE</translation>
    </message>
    <message>
        <source>one file at a time, not %1</source>
        <translation>mỗi lần chỉ đọc một tệp, không phải %1 tệp</translation>
    </message>
    <message>
        <source>--dpi must be a number from %1 to %2</source>
        <translation>--dpi phải là một số từ %1 đến %2</translation>
    </message>
    <message>
        <source>--formats takes QRCode, Code128, DataMatrix, PDF417, Code39, EAN13 or all, separated by commas</source>
        <translation>--formats nhận QRCode, Code128, DataMatrix, PDF417, Code39, EAN13 hoặc all, phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: không có tệp này</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a PNG, JPEG or TIFF image</source>
        <translation>%1 không phải là tệp PDF, cũng không phải ảnh PNG, JPEG hoặc TIFF</translation>
    </message>
    <message>
        <source>%1 is a TIFF image, which needs Qt&apos;s TIFF plugin (Debian package qt6-image-formats-plugins)</source>
        <translation>%1 là ảnh TIFF, cần có plugin TIFF của Qt (gói Debian qt6-image-formats-plugins)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>%1 is protected by a password</source>
        <translation>%1 được bảo vệ bằng mật khẩu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, page %2, cannot be read: %3</source>
        <translation>không đọc được trang %2 của %1: %3</translation>
    </message>
    <message>
        <source>no barcode found in %1</source>
        <translation>không tìm thấy mã vạch nào trong %1</translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message>
        <source>Newly registered</source>
        <translation>Mới đăng ký</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Không tiếp nhận</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Awaiting financial obligation</source>
        <translation>Thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Công dân xin rút</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Result ready to return</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đăng ký hồ sơ</translation>
    </message>
    <message>
        <source>Accepted at the counter</source>
        <translation>Tiếp nhận tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Guided to complete the dossier</source>
        <translation>Hướng dẫn bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Phân công lại</translation>
    </message>
    <message>
        <source>Returned to the previous step</source>
        <translation>Trả lại bước trước</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Chuyển cơ quan, đơn vị khác</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <source>Financial obligation requested</source>
        <translation>Yêu cầu thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Resumed after the financial obligation</source>
        <translation>Tiếp tục xử lý sau khi thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút hồ sơ</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua dịch vụ bưu chính công ích</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Cơ quan nhà nước</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Tổ chức khác</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Không thu phí</translation>
    </message>
    <message>
        <source>Collected at intake</source>
        <translation>Thu khi tiếp nhận</translation>
    </message>
    <message>
        <source>Collected at return</source>
        <translation>Thu khi trả kết quả</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Được miễn</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n giờ làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>tax code %1</source>
        <translation>mã số thuế %1</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>CCCD/CMND %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Cho ý kiến</translation>
    </message>
    <message>
        <source>New appointment proposed (apology)</source>
        <translation>Đề xuất xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <source>New appointment approved (apology)</source>
        <translation>Phê duyệt xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <source>%1 (procedure %2)</source>
        <translation>%1 (mã thủ tục %2)</translation>
    </message>
    <message>
        <source>%1 — case: %2</source>
        <translation>%1 — trường hợp: %2</translation>
    </message>
    <message>
        <source>Moved to another process</source>
        <translation>Chuyển sang quy trình khác</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormKind</name>
    <message>
        <source>Receipt and appointment (form 01)</source>
        <translation>Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)</translation>
    </message>
    <message>
        <source>Request to complete the dossier (form 02)</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</translation>
    </message>
    <message>
        <source>Refusal to accept the dossier (form 03)</source>
        <translation>Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)</translation>
    </message>
    <message>
        <source>Processing control slip (form 05)</source>
        <translation>Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05)</translation>
    </message>
    <message>
        <source>Dossier tracking register (form 06)</source>
        <translation>Sổ theo dõi hồ sơ (Mẫu 06)</translation>
    </message>
    <message>
        <source>Separator sheets for scanning</source>
        <translation>Tờ phân cách dùng khi số hóa thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Apology and new appointment (form 04)</source>
        <translation>Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)</translation>
    </message>
</context>
<context>
    <name>IdNumberCheck</name>
    <message>
        <source>Enter the ID number of the person collecting the result.</source>
        <translation>Vui lòng nhập số giấy tờ tùy thân của người nhận kết quả.</translation>
    </message>
    <message>
        <source>Tax code of a branch</source>
        <translation>Mã số thuế của chi nhánh</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>A tax code has 10 digits, or 10 digits, “-” and 3 digits for a branch.</source>
        <translation>Mã số thuế gồm 10 chữ số; mã số thuế của chi nhánh gồm 10 chữ số, dấu “-” và 3 chữ số.</translation>
    </message>
    <message>
        <source>An ID number has digits only; %1 is not a digit.</source>
        <translation>Số giấy tờ chỉ gồm chữ số; %1 không phải là chữ số.</translation>
    </message>
    <message>
        <source>Citizen ID: male, born %1, registered in %2</source>
        <translation>Căn cước công dân: nam, sinh năm %1, nơi đăng ký khai sinh: %2</translation>
    </message>
    <message>
        <source>Citizen ID: female, born %1, registered in %2</source>
        <translation>Căn cước công dân: nữ, sinh năm %1, nơi đăng ký khai sinh: %2</translation>
    </message>
    <message>
        <source>No province has the code %1: check the first three digits.</source>
        <translation>Không có tỉnh, thành phố nào mang mã %1: vui lòng kiểm tra ba chữ số đầu.</translation>
    </message>
    <message>
        <source>Digits 4–6 give a birth year in the future: check the number.</source>
        <translation>Các chữ số thứ 4–6 cho ra năm sinh trong tương lai: vui lòng kiểm tra lại số CCCD.</translation>
    </message>
    <message>
        <source>This is not a valid citizen ID number.</source>
        <translation>Đây không phải là số căn cước công dân hợp lệ.</translation>
    </message>
    <message>
        <source>Old ID card (CMND)</source>
        <translation>Chứng minh nhân dân (CMND)</translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 12 digits (9 on an old ID card); this one has %n digit(s).</source>
        <translation>
            <numerusform>Số định danh có 12 chữ số (CMND cũ có 9 chữ số); số này có %n chữ số.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Prints a form of a dossier to a PDF file without opening the window.</source>
        <translation>In một mẫu phiếu của hồ sơ ra tệp PDF mà không mở cửa sổ chương trình.</translation>
    </message>
    <message>
        <source>dossier code</source>
        <translation>mã hồ sơ</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>tệp PDF cần ghi ra</translation>
    </message>
    <message>
        <source>motcua-server address</source>
        <translation>địa chỉ máy chủ motcua-server</translation>
    </message>
    <message>
        <source>the workstation&apos;s data folder</source>
        <translation>thư mục dữ liệu của máy trạm</translation>
    </message>
    <message>
        <source>--dossier and --output are required</source>
        <translation>phải có tham số --dossier và --output</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>không mở được kho dữ liệu trên máy: %1</translation>
    </message>
    <message>
        <source>no dossier %1 on the server</source>
        <translation>không có hồ sơ %1 trên máy chủ</translation>
    </message>
    <message>
        <source>the local cache</source>
        <translation>dữ liệu lưu trên máy</translation>
    </message>
    <message>
        <source>dossier %1 is not in the local cache and the server was not reached (set MOTCUA_USER and MOTCUA_PASSWORD, and --server)</source>
        <translation>hồ sơ %1 không có trong dữ liệu lưu trên máy và không kết nối được máy chủ (hãy đặt MOTCUA_USER và MOTCUA_PASSWORD, và tham số --server)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (from %4)</source>
        <translation>%1: %2 của hồ sơ %3 (lấy từ %4)</translation>
    </message>
    <message>
        <source>vi or en</source>
        <translation>vi hoặc en</translation>
    </message>
    <message>
        <source>receipt, control-slip, supplement, refusal, separator or apology</source>
        <translation>receipt (giấy tiếp nhận), control-slip (phiếu kiểm soát), supplement (phiếu yêu cầu bổ sung), refusal (phiếu từ chối), separator (tờ phân cách) hoặc apology (phiếu xin lỗi và hẹn lại ngày trả kết quả)</translation>
    </message>
    <message>
        <source>--form must be receipt, control-slip, supplement, refusal, separator or apology</source>
        <translation>--form phải là receipt, control-slip, supplement, refusal, separator hoặc apology</translation>
    </message>
    <message>
        <source>dossier %1 comes from a newer version of the server than this application understands: update the application (%2)</source>
        <translation>hồ sơ %1 đến từ phiên bản máy chủ mới hơn mức ứng dụng này hiểu được: hãy cập nhật ứng dụng (%2)</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation>Tài khoản này đã bị khóa.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment and try again.</source>
        <translation>Đăng nhập sai quá nhiều lần. Vui lòng chờ một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this user has never logged in on this workstation.</source>
        <translation>Không kết nối được máy chủ và người dùng này chưa từng đăng nhập trên máy trạm này.</translation>
    </message>
    <message>
        <source>Please log in again.</source>
        <translation>Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>Your role does not allow this operation.</source>
        <translation>Vai trò của bạn không được phép thực hiện thao tác này.</translation>
    </message>
    <message>
        <source>Your session expired. Log in again.</source>
        <translation>Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Không kết nối được máy chủ.</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>Vui lòng nhập số CCCD/CMND.</translation>
    </message>
    <message>
        <source>An ID number has digits only.</source>
        <translation>Số CCCD/CMND chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>A citizen ID (CCCD) has 12 digits; an old ID card (CMND) has 9.</source>
        <translation>Số căn cước công dân (CCCD) gồm 12 chữ số; số chứng minh nhân dân (CMND) cũ gồm 9 chữ số.</translation>
    </message>
    <message>
        <source>The first three digits of this ID are not a province code.</source>
        <translation>Ba chữ số đầu của số này không phải là mã tỉnh, thành phố.</translation>
    </message>
    <message>
        <source>The birth year coded in this ID is in the future.</source>
        <translation>Năm sinh được mã hóa trong số này là một năm trong tương lai.</translation>
    </message>
    <message>
        <source>Enter the tax code.</source>
        <translation>Vui lòng nhập mã số thuế.</translation>
    </message>
    <message>
        <source>A tax code has digits only.</source>
        <translation>Mã số thuế chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>A tax code has 10 digits, or 13 for a branch.</source>
        <translation>Mã số thuế gồm 10 chữ số, hoặc 13 chữ số đối với chi nhánh.</translation>
    </message>
    <message>
        <source>The branch part of this tax code is not valid.</source>
        <translation>Phần mã chi nhánh của mã số thuế này không hợp lệ.</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Vui lòng nhập số điện thoại.</translation>
    </message>
    <message>
        <source>A phone number has digits only (spaces and dots allowed).</source>
        <translation>Số điện thoại chỉ gồm chữ số (được phép có dấu cách và dấu chấm).</translation>
    </message>
    <message>
        <source>A phone number has no letters.</source>
        <translation>Số điện thoại không được có chữ cái.</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>Số điện thoại này quá ngắn.</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>Số điện thoại này quá dài.</translation>
    </message>
    <message>
        <source>This phone number has an unknown prefix.</source>
        <translation>Đầu số của số điện thoại này không hợp lệ.</translation>
    </message>
    <message>
        <source>Only Vietnamese phone numbers are accepted.</source>
        <translation>Chỉ chấp nhận số điện thoại Việt Nam.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Vui lòng nhập họ và tên.</translation>
    </message>
    <message>
        <source>Enter the ID number (or the tax code).</source>
        <translation>Vui lòng nhập số CCCD/CMND (hoặc mã số thuế).</translation>
    </message>
    <message>
        <source>A required paper has not been received: guide the citizen to complete the dossier instead.</source>
        <translation>Còn giấy tờ bắt buộc chưa nhận: vui lòng hướng dẫn công dân bổ sung, hoàn thiện hồ sơ thay vì tiếp nhận.</translation>
    </message>
    <message>
        <source>This procedure is not in the catalogue.</source>
        <translation>Thủ tục này không có trong danh mục thủ tục hành chính.</translation>
    </message>
    <message>
        <source>A paper does not belong to this procedure.</source>
        <translation>Có giấy tờ không thuộc thành phần hồ sơ của thủ tục này.</translation>
    </message>
    <message>
        <source>A paper is listed twice.</source>
        <translation>Có giấy tờ bị liệt kê hai lần.</translation>
    </message>
    <message>
        <source>This dossier code is already used on the server.</source>
        <translation>Mã hồ sơ này đã được sử dụng trên máy chủ.</translation>
    </message>
    <message>
        <source>This dossier code belongs to another agency or day.</source>
        <translation>Mã hồ sơ này thuộc cơ quan khác hoặc ngày khác.</translation>
    </message>
    <message>
        <source>This dossier code was never reserved for a counter.</source>
        <translation>Mã hồ sơ này chưa từng được cấp sẵn cho quầy tiếp nhận nào.</translation>
    </message>
    <message>
        <source>Choose a procedure first.</source>
        <translation>Vui lòng chọn thủ tục trước.</translation>
    </message>
    <message>
        <source>Write the reason: it is printed on the form.</source>
        <translation>Vui lòng ghi lý do: lý do sẽ được in trên phiếu.</translation>
    </message>
    <message>
        <source>Mark the missing papers, or note what is wrong with a paper, before guiding the citizen.</source>
        <translation>Vui lòng đánh dấu giấy tờ còn thiếu, hoặc ghi chú giấy tờ chưa đúng, trước khi hướng dẫn công dân.</translation>
    </message>
    <message>
        <source>The server cannot be reached and no reserved dossier number is left for today.</source>
        <translation>Không kết nối được máy chủ và đã hết mã hồ sơ cấp sẵn cho hôm nay.</translation>
    </message>
    <message>
        <source>The dossier number could not be saved on this workstation. Check the disk and try again.</source>
        <translation>Không lưu được mã hồ sơ trên máy trạm này. Vui lòng kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>Someone else changed this dossier meanwhile. Compare and decide.</source>
        <translation>Người khác đã thay đổi hồ sơ này trong lúc bạn thao tác. Vui lòng so sánh và quyết định.</translation>
    </message>
    <message>
        <source>This is not possible in the dossier&apos;s current status.</source>
        <translation>Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.</translation>
    </message>
    <message>
        <source>This dossier is closed; nothing more can be done.</source>
        <translation>Hồ sơ này đã kết thúc; không thể thực hiện thêm thao tác nào.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Vai trò của bạn không được phép thực hiện việc này.</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Vui lòng ghi lý do.</translation>
    </message>
    <message>
        <source>Record the name and ID number of the person taking the result.</source>
        <translation>Vui lòng ghi họ tên và số giấy tờ tùy thân của người nhận kết quả.</translation>
    </message>
    <message>
        <source>Fees are due at return: enter the receipt number.</source>
        <translation>Phí, lệ phí thu khi trả kết quả: vui lòng nhập số biên lai.</translation>
    </message>
    <message>
        <source>No appointment date can be computed (calendar).</source>
        <translation>Không tính được ngày hẹn trả kết quả (vui lòng kiểm tra lịch làm việc).</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>Máy chủ không đọc được yêu cầu.</translation>
    </message>
    <message>
        <source>The local store could not be written. Nothing was saved; check the disk and try again.</source>
        <translation>Không ghi được dữ liệu vào máy này. Chưa có gì được lưu; vui lòng kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Owner&apos;s full name</source>
        <translation>Họ tên chủ hồ sơ</translation>
    </message>
    <message>
        <source>Owner&apos;s ID number</source>
        <translation>Số định danh của chủ hồ sơ</translation>
    </message>
    <message>
        <source>Owner&apos;s phone</source>
        <translation>Số điện thoại của chủ hồ sơ</translation>
    </message>
    <message>
        <source>Submitter&apos;s full name</source>
        <translation>Họ tên người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Submitter&apos;s ID number</source>
        <translation>Số định danh của người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Submitter&apos;s phone</source>
        <translation>Số điện thoại của người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Representative&apos;s full name</source>
        <translation>Họ tên người được ủy quyền</translation>
    </message>
    <message>
        <source>Representative&apos;s ID number</source>
        <translation>Số định danh của người được ủy quyền</translation>
    </message>
    <message>
        <source>Representative&apos;s phone</source>
        <translation>Số điện thoại của người được ủy quyền</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Recipient&apos;s full name</source>
        <translation>Họ tên người nhận kết quả</translation>
    </message>
    <message>
        <source>Recipient&apos;s ID number</source>
        <translation>Số giấy tờ tùy thân của người nhận kết quả</translation>
    </message>
    <message>
        <source>Fee receipt number</source>
        <translation>Số biên lai thu phí, lệ phí</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>The operation was refused (%1).</source>
        <translation>Thao tác bị từ chối (%1).</translation>
    </message>
    <message>
        <source>The ID card&apos;s code is empty.</source>
        <translation>Mã QR của thẻ CCCD không có dữ liệu.</translation>
    </message>
    <message>
        <source>This is not a citizen ID card&apos;s code (it does not have 7 fields).</source>
        <translation>Đây không phải là mã QR của thẻ căn cước công dân (CCCD) (mã không gồm 7 trường thông tin).</translation>
    </message>
    <message>
        <source>The ID number in the card&apos;s code is not valid.</source>
        <translation>Số CCCD trong mã QR của thẻ không hợp lệ.</translation>
    </message>
    <message>
        <source>The old ID number in the card&apos;s code is not valid.</source>
        <translation>Số CMND cũ trong mã QR của thẻ không hợp lệ.</translation>
    </message>
    <message>
        <source>The name in the card&apos;s code is not valid.</source>
        <translation>Họ tên trong mã QR của thẻ không hợp lệ.</translation>
    </message>
    <message>
        <source>The card&apos;s code has no name.</source>
        <translation>Mã QR của thẻ không có họ tên.</translation>
    </message>
    <message>
        <source>The date of birth in the card&apos;s code is not valid.</source>
        <translation>Ngày sinh trong mã QR của thẻ không hợp lệ.</translation>
    </message>
    <message>
        <source>The date of birth does not match the birth year in the ID number.</source>
        <translation>Ngày sinh không khớp với năm sinh được mã hóa trong số CCCD.</translation>
    </message>
    <message>
        <source>The sex in the card&apos;s code is not Nam or Nữ.</source>
        <translation>Giới tính trong mã QR của thẻ không phải là Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>The sex does not match the one coded in the ID number.</source>
        <translation>Giới tính không khớp với giới tính được mã hóa trong số CCCD.</translation>
    </message>
    <message>
        <source>The address in the card&apos;s code is not valid.</source>
        <translation>Nơi thường trú trong mã QR của thẻ không hợp lệ.</translation>
    </message>
    <message>
        <source>The card&apos;s code has no address.</source>
        <translation>Mã QR của thẻ không có nơi thường trú.</translation>
    </message>
    <message>
        <source>The date of issue in the card&apos;s code is not valid.</source>
        <translation>Ngày cấp trong mã QR của thẻ không hợp lệ.</translation>
    </message>
    <message>
        <source>The session has ended. Please log in again.</source>
        <translation>Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>Please log in first.</source>
        <translation>Vui lòng đăng nhập trước.</translation>
    </message>
    <message>
        <source>The dossier has errors; check the marked fields.</source>
        <translation>Hồ sơ có lỗi; vui lòng kiểm tra các mục được đánh dấu.</translation>
    </message>
    <message>
        <source>The time of receipt is refused by the server (older than 31 days, or in the future: check this computer&apos;s clock).</source>
        <translation>Máy chủ không chấp nhận thời điểm tiếp nhận (quá 31 ngày trước, hoặc ở tương lai: vui lòng kiểm tra đồng hồ của máy này).</translation>
    </message>
    <message>
        <source>The server already received this dossier in another form.</source>
        <translation>Máy chủ đã nhận hồ sơ này trước đó với nội dung khác.</translation>
    </message>
    <message>
        <source>This dossier is not on this workstation.</source>
        <translation>Hồ sơ này không có trên máy trạm này.</translation>
    </message>
    <message>
        <source>The data could not be saved on this computer (is the disk full?).</source>
        <translation>Không lưu được dữ liệu trên máy này (ổ đĩa có thể đã đầy).</translation>
    </message>
    <message>
        <source>Only the officer assigned to this step can do this.</source>
        <translation>Chỉ cán bộ được phân công xử lý bước này mới thực hiện được thao tác này.</translation>
    </message>
    <message>
        <source>The dossier is with another unit.</source>
        <translation>Hồ sơ đang được xử lý tại đơn vị khác.</translation>
    </message>
    <message>
        <source>A second supplement request needs a leader&apos;s decision.</source>
        <translation>Yêu cầu bổ sung hồ sơ lần thứ hai phải do lãnh đạo quyết định.</translation>
    </message>
    <message>
        <source>Not possible at the dossier&apos;s current step.</source>
        <translation>Không thể thực hiện ở bước xử lý hiện tại của hồ sơ.</translation>
    </message>
    <message>
        <source>This is the last step: mark the result ready.</source>
        <translation>Đây là bước cuối cùng: vui lòng ghi nhận đã có kết quả.</translation>
    </message>
    <message>
        <source>There is no processing step before this one.</source>
        <translation>Không có bước xử lý nào trước bước này.</translation>
    </message>
    <message>
        <source>Choose the officer or unit to hand it to.</source>
        <translation>Vui lòng chọn cán bộ hoặc đơn vị nhận hồ sơ.</translation>
    </message>
    <message>
        <source>The appointment has passed: an apology must be issued before it.</source>
        <translation>Đã quá ngày hẹn trả: phiếu xin lỗi và hẹn lại ngày trả kết quả phải được ban hành trước ngày hẹn trả.</translation>
    </message>
    <message>
        <source>No apology is waiting for approval.</source>
        <translation>Không có phiếu xin lỗi nào đang chờ phê duyệt.</translation>
    </message>
    <message>
        <source>Choose the new appointment.</source>
        <translation>Vui lòng chọn ngày hẹn trả mới.</translation>
    </message>
    <message>
        <source>The new appointment must be after the current one.</source>
        <translation>Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại.</translation>
    </message>
    <message>
        <source>The action has no time.</source>
        <translation>Thao tác chưa có thời điểm thực hiện.</translation>
    </message>
    <message>
        <source>The procedure&apos;s workflow is not valid; ask the administrator.</source>
        <translation>Quy trình xử lý của thủ tục không hợp lệ; vui lòng liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>Only PDF, PNG, JPEG and TIFF files can be attached (the file&apos;s content is checked, not its name).</source>
        <translation>Chỉ đính kèm được tệp PDF, PNG, JPEG và TIFF (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).</translation>
    </message>
    <message>
        <source>The file is larger than 50 MiB and cannot be attached. Scan at a lower resolution or split it.</source>
        <translation>Tệp lớn hơn 50 MiB nên không đính kèm được. Vui lòng quét ở độ phân giải thấp hơn hoặc tách tệp.</translation>
    </message>
    <message>
        <source>The server refused the file: it is larger than the server allows.</source>
        <translation>Máy chủ từ chối tệp: tệp lớn hơn dung lượng máy chủ cho phép.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp không có dữ liệu.</translation>
    </message>
    <message>
        <source>The dossier has no such paper to attach the file to.</source>
        <translation>Hồ sơ không có thành phần giấy tờ này để đính kèm tệp.</translation>
    </message>
    <message>
        <source>The file name must have 1 to 200 characters and no slashes.</source>
        <translation>Tên tệp phải có từ 1 đến 200 ký tự và không chứa dấu gạch chéo.</translation>
    </message>
    <message>
        <source>The file to upload is no longer on this workstation; attach it again.</source>
        <translation>Tệp cần tải lên không còn trên máy trạm này; vui lòng đính kèm lại.</translation>
    </message>
    <message>
        <source>The file received from the server is damaged (its checksum does not match); it was not kept.</source>
        <translation>Tệp nhận từ máy chủ bị hỏng (mã kiểm tra không khớp); tệp không được lưu lại.</translation>
    </message>
    <message>
        <source>The server does not have this dossier or file.</source>
        <translation>Máy chủ không có hồ sơ hoặc tệp này.</translation>
    </message>
    <message>
        <source>Choose the case: the papers, time and fees depend on it.</source>
        <translation>Vui lòng chọn trường hợp: thành phần hồ sơ, thời hạn và phí, lệ phí tùy theo trường hợp.</translation>
    </message>
    <message>
        <source>This case is not one of the procedure&apos;s cases.</source>
        <translation>Trường hợp này không thuộc các trường hợp của thủ tục.</translation>
    </message>
    <message>
        <source>Choose the agency that receives this procedure.</source>
        <translation>Vui lòng chọn cơ quan tiếp nhận thủ tục này.</translation>
    </message>
    <message>
        <source>A procedure with a single case keeps its papers, time and fees on the procedure itself: remove the case.</source>
        <translation>Thủ tục chỉ có một trường hợp thì thành phần hồ sơ, thời hạn và phí, lệ phí ghi ngay trên thủ tục: vui lòng xóa trường hợp này.</translation>
    </message>
    <message>
        <source>Two cases have the same number.</source>
        <translation>Có hai trường hợp trùng số thứ tự.</translation>
    </message>
    <message>
        <source>Give the case a name.</source>
        <translation>Vui lòng đặt tên cho trường hợp.</translation>
    </message>
    <message>
        <source>Two cases have the same name.</source>
        <translation>Có hai trường hợp trùng tên.</translation>
    </message>
    <message>
        <source>Two papers have the same number.</source>
        <translation>Có hai giấy tờ trùng số thứ tự.</translation>
    </message>
    <message>
        <source>Give the time of each channel once; the time in person is the case&apos;s own.</source>
        <translation>Mỗi hình thức nộp chỉ ghi thời hạn một lần; thời hạn khi nộp trực tiếp là thời hạn chung của trường hợp.</translation>
    </message>
    <message>
        <source>A procedure with this code exists already: change it with a new version instead.</source>
        <translation>Đã có thủ tục với mã này: vui lòng sửa thủ tục đó bằng một phiên bản mới.</translation>
    </message>
    <message>
        <source>A procedure can be saved for your own agency only.</source>
        <translation>Chỉ lưu được thủ tục của cơ quan mình.</translation>
    </message>
    <message>
        <source>The national code cannot change.</source>
        <translation>Không được thay đổi mã thủ tục quốc gia.</translation>
    </message>
    <message>
        <source>This version is published and never changes: save the change as a new draft.</source>
        <translation>Phiên bản này đã công bố và không được sửa: vui lòng lưu thay đổi thành bản nháp mới.</translation>
    </message>
    <message>
        <source>This version does not exist.</source>
        <translation>Không có phiên bản này.</translation>
    </message>
    <message>
        <source>Choose the day the version takes effect.</source>
        <translation>Vui lòng chọn ngày phiên bản có hiệu lực.</translation>
    </message>
    <message>
        <source>A version takes effect today or later.</source>
        <translation>Phiên bản chỉ có hiệu lực từ hôm nay trở đi.</translation>
    </message>
    <message>
        <source>An earlier version takes effect after this day: choose that day or a later one.</source>
        <translation>Có phiên bản trước có hiệu lực sau ngày này: vui lòng chọn ngày đó hoặc muộn hơn.</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>Mã thủ tục quốc gia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Ngày có hiệu lực</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <source>This version is a draft: change it, or publish it.</source>
        <translation>Phiên bản này là bản nháp: vui lòng sửa hoặc công bố bản nháp.</translation>
    </message>
    <message>
        <source>A version in force ends today at the earliest: dossiers were received under it.</source>
        <translation>Phiên bản đang có hiệu lực chỉ có thể hết hiệu lực sớm nhất là hôm nay: đã có hồ sơ được tiếp nhận theo phiên bản này.</translation>
    </message>
    <message>
        <source>Another published version is in force on these days.</source>
        <translation>Có phiên bản đã công bố khác có hiệu lực trong những ngày này.</translation>
    </message>
    <message>
        <source>Write the reason: it is kept in the audit log.</source>
        <translation>Vui lòng ghi lý do: lý do được lưu trong nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>The record has no procedure code (MATTHC).</source>
        <translation>Bản ghi không có mã thủ tục (MATTHC).</translation>
    </message>
    <message>
        <source>The record has no procedure name (TENTTHC).</source>
        <translation>Bản ghi không có tên thủ tục (TENTTHC).</translation>
    </message>
    <message>
        <source>The record&apos;s field is not in this catalogue: choose the field of the draft.</source>
        <translation>Lĩnh vực của bản ghi không có trong danh mục: vui lòng chọn lĩnh vực cho bản nháp.</translation>
    </message>
    <message>
        <source>The record names another agency: the draft is for yours.</source>
        <translation>Bản ghi nêu cơ quan khác: bản nháp được tạo cho cơ quan của bạn.</translation>
    </message>
    <message>
        <source>The record counts calendar days; they were taken as working days: check the time.</source>
        <translation>Bản ghi tính theo ngày (lịch); đã được tính là ngày làm việc: vui lòng kiểm tra thời hạn.</translation>
    </message>
    <message>
        <source>The record&apos;s time unit is unknown; it was taken as working days: check the time.</source>
        <translation>Không rõ đơn vị thời gian của bản ghi; đã được tính là ngày làm việc: vui lòng kiểm tra thời hạn.</translation>
    </message>
    <message>
        <source>A count of copies in the record is not a number; it was taken as 0: check the paper.</source>
        <translation>Số bản trong bản ghi không phải là số; đã được tính là 0: vui lòng kiểm tra giấy tờ.</translation>
    </message>
    <message>
        <source>A national code is digits in dotted groups, as in the national database (e.g. 1.001612).</source>
        <translation>Mã thủ tục quốc gia gồm các nhóm chữ số cách nhau bởi dấu chấm, như trong cơ sở dữ liệu quốc gia (ví dụ 1.001612).</translation>
    </message>
    <message>
        <source>Give the procedure a name.</source>
        <translation>Vui lòng nhập tên thủ tục.</translation>
    </message>
    <message>
        <source>An arrow leads from or to a step that does not exist.</source>
        <translation>Có mũi tên đi từ hoặc đến một bước không tồn tại.</translation>
    </message>
    <message>
        <source>This arrow does not fit its steps: only an approval step approves, intake forwards, and nothing leads back into intake or to the same step.</source>
        <translation>Mũi tên này không hợp với các bước của nó: chỉ bước phê duyệt mới phê duyệt, bước tiếp nhận chỉ chuyển tiếp, và không mũi tên nào quay về bước tiếp nhận hay về chính bước đó.</translation>
    </message>
    <message>
        <source>The same arrow is drawn twice.</source>
        <translation>Cùng một mũi tên được vẽ hai lần.</translation>
    </message>
    <message>
        <source>Intake needs exactly one forward arrow: the step an accepted dossier goes to.</source>
        <translation>Bước tiếp nhận cần đúng một mũi tên chuyển tiếp: bước mà hồ sơ đã tiếp nhận được chuyển đến.</translation>
    </message>
    <message>
        <source>Every step needs the unit responsible for it.</source>
        <translation>Mỗi bước cần có đơn vị chịu trách nhiệm.</translation>
    </message>
    <message>
        <source>No way from intake leads to this step.</source>
        <translation>Không có đường nào từ bước tiếp nhận dẫn đến bước này.</translation>
    </message>
    <message>
        <source>From this step no way leads to the result.</source>
        <translation>Từ bước này không có đường nào dẫn đến kết quả.</translation>
    </message>
    <message>
        <source>A way through the process takes longer than the statutory time.</source>
        <translation>Có một đường đi trong quy trình dài hơn thời hạn giải quyết theo quy định.</translation>
    </message>
    <message>
        <source>The process goes on to several steps here: choose one.</source>
        <translation>Quy trình rẽ nhánh sang nhiều bước ở đây: hãy chọn một bước.</translation>
    </message>
    <message>
        <source>The process does not lead to that step from here.</source>
        <translation>Quy trình không dẫn từ đây đến bước đó.</translation>
    </message>
    <message>
        <source>A blank form is a PDF, an image (PNG, JPEG, TIFF) or a Word or OpenDocument text file (the file&apos;s content is checked, not its name).</source>
        <translation>Mẫu đơn phải là tệp PDF, ảnh (PNG, JPEG, TIFF) hoặc văn bản Word, OpenDocument (kiểm tra theo nội dung tệp, không theo tên).</translation>
    </message>
    <message>
        <source>The blank form is larger than 10 MiB.</source>
        <translation>Tệp mẫu đơn lớn hơn 10 MiB.</translation>
    </message>
    <message>
        <source>This blank form has not reached this workstation yet: connect to the server once to fetch it.</source>
        <translation>Mẫu đơn này chưa được tải về máy: hãy kết nối máy chủ một lần để tải.</translation>
    </message>
    <message>
        <source>The server does not hold this blank form: attach the file again.</source>
        <translation>Máy chủ không có tệp mẫu đơn này: hãy đính kèm lại tệp.</translation>
    </message>
    <message>
        <source>The blank form of this paper is not a file of the server: attach it again.</source>
        <translation>Mẫu đơn của giấy tờ này không phải là tệp trên máy chủ: hãy đính kèm lại.</translation>
    </message>
    <message>
        <source>A blank form in the catalogue file is damaged or of a type not accepted.</source>
        <translation>Một mẫu đơn trong tệp danh mục bị hỏng hoặc có định dạng không được chấp nhận.</translation>
    </message>
    <message>
        <source>Only requests and a leader&apos;s decisions can be withheld in a step.</source>
        <translation>Chỉ các yêu cầu và quyết định của lãnh đạo mới có thể bị hạn chế tại một bước.</translation>
    </message>
    <message>
        <source>The process does not allow this in the dossier&apos;s current step.</source>
        <translation>Quy trình không cho phép thao tác này ở bước hiện tại của hồ sơ.</translation>
    </message>
</context>
<context>
    <name>ProcessText</name>
    <message>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation>Cán bộ một cửa</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Chuyển tiếp</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>ngày (tính cả ngày nghỉ)</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Độ ưu tiên:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Hẹn giờ in:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Giữ lại, chưa in</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Giờ cụ thể</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Thông tin thanh toán:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Trang bìa lệnh in</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Đầu:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Cuối:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Không phân loại</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Tuyệt mật</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Lùi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; đang được bảo vệ chống ghi.
Vẫn xóa?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Xóa &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Các vị trí và dấu trang</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện các tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Tệp %1 đã có.
Thay thế tệp đó?</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Cỡ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;Không dùng được tên &quot;%1&quot;.&lt;/b&gt;&lt;p&gt;Hãy dùng tên khác, ngắn hơn hoặc không có dấu câu.</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>MotCua</source>
        <translation>MotCua</translation>
    </message>
    <message>
        <source>The workstation&apos;s data in %1 cannot be opened: %2</source>
        <translation>Không mở được dữ liệu của máy trạm tại %1: %2</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(chưa có đơn vị)</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Nằm ngang</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Đứng</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Đứng, ngược</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Nằm ngang, ngược</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Rộng:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Cao:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Thứ tự trang:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Point (pt)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi ra tệp PDF</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In ra tệp...</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Tệp %1 đã có.
Ghi đè lên tệp đó?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được vào tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Số trang &apos;Từ&apos; không được lớn hơn số trang &apos;Đến&apos;.</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không dùng được cùng lúc &apos;Số trang mỗi tờ&apos; và &apos;Bộ trang&apos;.
Hãy tắt một trong hai tùy chọn.</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Nằm ngang</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Đứng</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Xem toàn bộ các trang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Xem hai trang đối diện</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Lật theo cạnh dài</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Lật theo cạnh ngắn</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập bản in</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>In ngược thứ tự</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Đen trắng (thang xám)</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Sắp theo bộ</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Bộ trang:</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>In hai mặt</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Tệp kết quả:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Thuộc tính</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scans every page of a scanner&apos;s source into one PDF file without opening the window.</source>
        <translation>Quét tất cả các trang từ nguồn giấy của máy quét vào một tệp PDF mà không mở cửa sổ chương trình.</translation>
    </message>
    <message>
        <source>the scanner&apos;s SANE name (see --list-devices)</source>
        <translation>tên SANE của máy quét (xem --list-devices)</translation>
    </message>
    <message>
        <source>flatbed (one page, the default), adf or duplex (every page in the feeder)</source>
        <translation>flatbed (mặt kính, một trang; mặc định), adf hoặc duplex (hai mặt): quét mọi trang trong khay nạp giấy tự động (ADF)</translation>
    </message>
    <message>
        <source>color, gray (the default) or lineart (black and white)</source>
        <translation>color (màu), gray (xám; mặc định) hoặc lineart (đen trắng)</translation>
    </message>
    <message>
        <source>dots per inch, default 150 (the nearest the scanner offers is used)</source>
        <translation>số điểm ảnh trên mỗi inch (dpi), mặc định 150 (dùng mức gần nhất mà máy quét hỗ trợ)</translation>
    </message>
    <message>
        <source>a4 (the default), a5, letter, legal or full</source>
        <translation>a4 (mặc định), a5, letter, legal hoặc full (toàn bộ vùng quét)</translation>
    </message>
    <message>
        <source>JPEG quality of colour and grey pages, 1 to 100</source>
        <translation>chất lượng JPEG của các trang màu và xám, từ 1 đến 100</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>tệp PDF cần ghi ra</translation>
    </message>
    <message>
        <source>a backend-specific option as NAME=VALUE (scanimage -A lists them); repeatable</source>
        <translation>tùy chọn riêng của trình điều khiển máy quét, dạng NAME=VALUE (xem danh sách bằng scanimage -A); có thể dùng nhiều lần</translation>
    </message>
    <message>
        <source>list the scanners found, then exit</source>
        <translation>liệt kê các máy quét tìm thấy rồi thoát</translation>
    </message>
    <message>
        <source>vi or en</source>
        <translation>vi hoặc en</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>tham số không hợp lệ: %1</translation>
    </message>
    <message>
        <source>--device and --output are required (--list-devices shows the scanners)</source>
        <translation>phải có tham số --device và --output (--list-devices cho biết các máy quét hiện có)</translation>
    </message>
    <message>
        <source>--source must be flatbed, adf or duplex</source>
        <translation>--source phải là flatbed, adf hoặc duplex</translation>
    </message>
    <message>
        <source>--mode must be color, gray or lineart</source>
        <translation>--mode phải là color, gray hoặc lineart</translation>
    </message>
    <message>
        <source>--resolution must be a number of dots per inch, such as 150 or 300</source>
        <translation>--resolution phải là số điểm ảnh trên mỗi inch, ví dụ 150 hoặc 300</translation>
    </message>
    <message>
        <source>--page-size must be a4, a5, letter, legal or full</source>
        <translation>--page-size phải là a4, a5, letter, legal hoặc full</translation>
    </message>
    <message>
        <source>--jpeg-quality must be between 1 and 100</source>
        <translation>--jpeg-quality phải từ 1 đến 100</translation>
    </message>
    <message>
        <source>--option must be NAME=VALUE, not %1</source>
        <translation>--option phải có dạng NAME=VALUE, không phải %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n trang vào %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) from %2</source>
        <translation>
            <numerusform>%1: %n trang từ %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkQueues</name>
    <message>
        <source>New to me</source>
        <translation>Hồ sơ mới đến</translation>
    </message>
    <message>
        <source>In progress in the unit</source>
        <translation>Đang xử lý trong đơn vị</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>Chờ phân công</translation>
    </message>
    <message>
        <source>Waiting for the citizen</source>
        <translation>Chờ công dân bổ sung</translation>
    </message>
    <message>
        <source>Ready to return</source>
        <translation>Chờ trả kết quả</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút hồ sơ</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>Tiếp nhận hôm nay</translation>
    </message>
    <message>
        <source>Assigned to you, or waiting in your unit for your role, and not opened since it last changed</source>
        <translation>Hồ sơ được giao cho bạn, hoặc đang chờ tại đơn vị theo vai trò của bạn, mà bạn chưa mở kể từ lần thay đổi gần nhất</translation>
    </message>
    <message>
        <source>Every running dossier of your unit</source>
        <translation>Tất cả hồ sơ đang xử lý của đơn vị</translation>
    </message>
    <message>
        <source>Your running dossiers that you have opened</source>
        <translation>Các hồ sơ đang xử lý mà bạn đã mở</translation>
    </message>
    <message>
        <source>The current step&apos;s deadline falls within the next working hours (setting)</source>
        <translation>Hạn xử lý của bước hiện tại sẽ đến trong số giờ làm việc sắp tới (theo thiết lập)</translation>
    </message>
    <message>
        <source>The current step&apos;s deadline or the appointment has passed</source>
        <translation>Đã quá hạn xử lý của bước hiện tại hoặc quá ngày hẹn trả</translation>
    </message>
    <message>
        <source>Waiting in your unit with nobody assigned</source>
        <translation>Đang chờ tại đơn vị của bạn, chưa phân công cán bộ xử lý</translation>
    </message>
    <message>
        <source>Supplement requested or financial obligation: the clock is stopped</source>
        <translation>Đang chờ bổ sung hồ sơ hoặc thực hiện nghĩa vụ tài chính: tạm dừng tính thời hạn</translation>
    </message>
    <message>
        <source>Processing finished: the result waits at the counter</source>
        <translation>Đã xử lý xong: kết quả đang chờ trả tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>The result was handed back</source>
        <translation>Đã trả kết quả cho tổ chức, cá nhân</translation>
    </message>
    <message>
        <source>Withdrawn at the citizen&apos;s request</source>
        <translation>Đã rút hồ sơ theo đề nghị của công dân</translation>
    </message>
    <message>
        <source>Received at the counter today</source>
        <translation>Tiếp nhận tại Bộ phận Một cửa trong ngày hôm nay</translation>
    </message>
</context>
<context>
    <name>motcua::client::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>To officer:</source>
        <translation>Chuyển cho cán bộ:</translation>
    </message>
    <message>
        <source>New officer:</source>
        <translation>Cán bộ được phân công:</translation>
    </message>
    <message>
        <source>To unit or agency:</source>
        <translation>Đến đơn vị, cơ quan:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Missing or to correct:</source>
        <translation>Còn thiếu hoặc cần hoàn thiện:</translation>
    </message>
    <message>
        <source>Another item:</source>
        <translation>Giấy tờ khác:</translation>
    </message>
    <message numerus="yes">
        <source>This dossier already had %n supplement request(s). A further request needs a leader&apos;s decision, and the dossier will count as late.</source>
        <translation>
            <numerusform>Hồ sơ này đã được yêu cầu bổ sung %n lần. Yêu cầu bổ sung thêm phải do lãnh đạo quyết định và hồ sơ sẽ bị tính là quá hạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed by&lt;/b&gt; %1 at %2&lt;br&gt;&lt;b&gt;Current appointment:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;New appointment:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Reason:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Người đề xuất:&lt;/b&gt; %1, lúc %2&lt;br&gt;&lt;b&gt;Ngày hẹn trả hiện tại:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Ngày hẹn trả mới:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Lý do:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>No apology is waiting for approval.</source>
        <translation>Không có phiếu xin lỗi nào đang chờ phê duyệt.</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Nội dung đề xuất:</translation>
    </message>
    <message>
        <source>Current appointment:</source>
        <translation>Ngày hẹn trả hiện tại:</translation>
    </message>
    <message>
        <source>New appointment:</source>
        <translation>Ngày hẹn trả mới:</translation>
    </message>
    <message>
        <source>no document attached (optional)</source>
        <translation>chưa đính kèm văn bản (không bắt buộc)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Scan…</source>
        <translation>Quét…</translation>
    </message>
    <message>
        <source>Result document:</source>
        <translation>Văn bản kết quả:</translation>
    </message>
    <message>
        <source>Note to the applicant:</source>
        <translation>Ghi chú cho tổ chức, cá nhân:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>Ý kiến:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>(not named: the unit assigns it)</source>
        <translation>(không chỉ định: đơn vị sẽ phân công)</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Bước: %1</translation>
    </message>
    <message>
        <source>a unit, or another agency&apos;s name</source>
        <translation>tên đơn vị, hoặc tên cơ quan khác</translation>
    </message>
    <message>
        <source>e.g. a certified copy of the land use certificate</source>
        <translation>ví dụ: bản sao chứng thực Giấy chứng nhận quyền sử dụng đất</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Result document</source>
        <translation>Văn bản kết quả</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Văn bản (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB; scan it at a lower resolution.</source>
        <translation>Tệp lớn hơn 50 MB; vui lòng quét ở độ phân giải thấp hơn.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>The scanned pages could not be saved: %1</source>
        <translation>Không lưu được các trang đã quét: %1</translation>
    </message>
    <message>
        <source>The scanned pages could not be read back.</source>
        <translation>Không đọc lại được các trang đã quét.</translation>
    </message>
    <message>
        <source>Choose the officer who takes over the step.</source>
        <translation>Vui lòng chọn cán bộ nhận xử lý bước này.</translation>
    </message>
    <message>
        <source>Choose or type the unit or agency that receives the dossier.</source>
        <translation>Vui lòng chọn hoặc nhập đơn vị, cơ quan nhận hồ sơ.</translation>
    </message>
    <message>
        <source>The dossier is already with %1.</source>
        <translation>Hồ sơ đang ở %1.</translation>
    </message>
    <message>
        <source>Tick or add at least one paper the applicant must bring.</source>
        <translation>Vui lòng đánh dấu hoặc thêm ít nhất một giấy tờ mà tổ chức, cá nhân phải bổ sung.</translation>
    </message>
    <message>
        <source>Write the opinion.</source>
        <translation>Vui lòng ghi ý kiến.</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Vui lòng ghi lý do.</translation>
    </message>
    <message>
        <source>Choose the new appointment.</source>
        <translation>Vui lòng chọn ngày hẹn trả mới.</translation>
    </message>
    <message>
        <source>The new appointment must be after the current one (%1).</source>
        <translation>Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại (%1).</translation>
    </message>
    <message>
        <source>To step:</source>
        <translation>Chuyển đến bước:</translation>
    </message>
    <message>
        <source>Choose the step the dossier goes to.</source>
        <translation>Hãy chọn bước mà hồ sơ được chuyển đến.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ActionPanel</name>
    <message>
        <source>No dossier open.</source>
        <translation>Chưa mở hồ sơ nào.</translation>
    </message>
    <message>
        <source>Nothing for you to do on this dossier at this stage.</source>
        <translation>Ở giai đoạn này, bạn không có thao tác nào cần thực hiện đối với hồ sơ.</translation>
    </message>
</context>
<context>
    <name>motcua::client::AttachmentPane</name>
    <message>
        <source>Paper / file</source>
        <translation>Giấy tờ / tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Result document</source>
        <translation>Văn bản kết quả</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>chưa số hóa</translation>
    </message>
    <message>
        <source> (not downloaded)</source>
        <translation> (chưa tải về)</translation>
    </message>
    <message>
        <source> (not yet sent)</source>
        <translation> (chưa gửi)</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>%2 thêm lúc %1</translation>
    </message>
    <message>
        <source>No scanned papers for this dossier.</source>
        <translation>Hồ sơ này chưa có giấy tờ nào được số hóa.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n tệp</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be downloaded from the server.</source>
        <translation>Không tải được tệp từ máy chủ.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Not downloaded (offline): the file will be shown once the server can be reached.</source>
        <translation>Chưa tải về (mất kết nối): tệp sẽ được hiển thị khi kết nối được máy chủ.</translation>
    </message>
</context>
<context>
    <name>motcua::client::BatchReviewPanel</name>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>First pages</source>
        <translation>Các trang đầu</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Cần kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Chuyển sang:</translation>
    </message>
    <message>
        <source>&amp;Delete pages</source>
        <translation>Xó&amp;a trang</translation>
    </message>
    <message>
        <source>dossier code, e.g. 000.00.53.H48-261120-0042</source>
        <translation>mã hồ sơ, ví dụ: 000.00.53.H48-261120-0042</translation>
    </message>
    <message>
        <source>&amp;Apply to this group</source>
        <translation>Á&amp;p dụng cho nhóm này</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>Tạo &amp;nhóm mới</translation>
    </message>
    <message>
        <source>Dossie&amp;r:</source>
        <translation>&amp;Hồ sơ:</translation>
    </message>
    <message>
        <source>Com&amp;ponent:</source>
        <translation>&amp;Thành phần hồ sơ:</translation>
    </message>
    <message>
        <source>pages before the first separator sheet</source>
        <translation>các trang nằm trước tờ phân cách đầu tiên</translation>
    </message>
    <message>
        <source>the separator sheet could not be read: %1</source>
        <translation>không đọc được tờ phân cách: %1</translation>
    </message>
    <message>
        <source>the separator sheet carries two different codes</source>
        <translation>tờ phân cách có hai mã khác nhau</translation>
    </message>
    <message>
        <source>dossier %1 is not on this counter</source>
        <translation>hồ sơ %1 không có tại quầy này</translation>
    </message>
    <message>
        <source>the dossier has no component %1</source>
        <translation>hồ sơ không có thành phần %1</translation>
    </message>
    <message>
        <source>no dossier and component chosen</source>
        <translation>chưa chọn hồ sơ và thành phần hồ sơ</translation>
    </message>
    <message>
        <source>no pages</source>
        <translation>không có trang nào</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) look blank</source>
        <translation>
            <numerusform>%n trang có thể là trang trắng</numerusform>
        </translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa xác định)</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>thành phần %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read, </source>
        <translation>
            <numerusform>Đã đọc %n trang, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n separator sheet(s); </source>
        <translation>
            <numerusform>%n tờ phân cách; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm saves %n document(s).</source>
        <translation>
            <numerusform>Khi xác nhận sẽ lưu %n tệp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without a dossier will not be saved.</source>
        <translation>
            <numerusform>%n trang chưa xác định hồ sơ sẽ không được lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its pages.</source>
        <translation>Chọn một nhóm để xem các trang của nhóm.</translation>
    </message>
    <message>
        <source>Group %1: not assigned — choose a dossier and a component below, or move its pages to another group.</source>
        <translation>Nhóm %1: chưa xác định hồ sơ — vui lòng chọn hồ sơ và thành phần hồ sơ ở bên dưới, hoặc chuyển các trang sang nhóm khác.</translation>
    </message>
    <message>
        <source>Group %1: %2, %3</source>
        <translation>Nhóm %1: %2, %3</translation>
    </message>
    <message>
        <source>Sheet %1 (blank?)</source>
        <translation>Tờ %1 (trang trắng?)</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Tờ %1</translation>
    </message>
    <message>
        <source>group %1: %2</source>
        <translation>nhóm %1: %2</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>chưa xác định hồ sơ</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>motcua::client::BatchScanDialog</name>
    <message>
        <source>Scan a stack with separator sheets</source>
        <translation>Quét xấp giấy tờ có tờ phân cách</translation>
    </message>
    <message>
        <source>Put a separator sheet before the papers of each component (Print separator sheets in the dossier view), stack several dossiers if you like, then scan the stack from the feeder or open a scanned PDF or TIFF file. You check every page before anything is saved.</source>
        <translation>Đặt một tờ phân cách trước giấy tờ của mỗi thành phần hồ sơ (in bằng nút In tờ phân cách trong màn hình hồ sơ), có thể xếp chồng nhiều hồ sơ, rồi quét cả xấp qua khay nạp giấy hoặc mở tệp PDF, TIFF đã quét. Bạn sẽ kiểm tra từng trang trước khi lưu.</translation>
    </message>
    <message>
        <source>&amp;Scan from the feeder…</source>
        <translation>&amp;Quét qua khay nạp giấy…</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Mở tệp…</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>&amp;Dừng đọc</translation>
    </message>
    <message>
        <source>&amp;Confirm and save</source>
        <translation>&amp;Xác nhận và lưu</translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation>&amp;Làm lại từ đầu</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Đang đọc trang %1/%2…</translation>
    </message>
    <message>
        <source>Reading stopped; nothing was saved.</source>
        <translation>Đã dừng đọc; chưa lưu gì.</translation>
    </message>
    <message>
        <source>The stack could not be read: %1</source>
        <translation>Không đọc được xấp giấy tờ: %1</translation>
    </message>
    <message>
        <source>No pages to read.</source>
        <translation>Không có trang nào để đọc.</translation>
    </message>
    <message>
        <source>Scan the stack</source>
        <translation>Quét xấp giấy tờ</translation>
    </message>
    <message>
        <source>Open a scanned stack</source>
        <translation>Mở xấp giấy tờ đã quét</translation>
    </message>
    <message>
        <source>Scanned stacks (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</source>
        <translation>Xấp giấy tờ đã quét (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read.</source>
        <translation>
            <numerusform>Đã đọc %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>No separator sheet was found in this stack: assign the pages below, or print separator sheets and scan again.</source>
        <translation>Không tìm thấy tờ phân cách nào trong xấp giấy tờ này: vui lòng xác định hồ sơ cho các trang ở bên dưới, hoặc in tờ phân cách rồi quét lại.</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>thành phần %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n page(s))</source>
        <translation>
            <numerusform>%1, %2 (%n trang)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved (sent to the server in the background):</source>
        <translation>Đã lưu (đang gửi lên máy chủ ở chế độ nền):</translation>
    </message>
    <message>
        <source>NOT saved: %1 — %2</source>
        <translation>CHƯA lưu: %1 — %2</translation>
    </message>
    <message>
        <source>Not saved yet (after the failure):</source>
        <translation>Chưa lưu (do dừng lại sau lỗi):</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without a dossier were left out.</source>
        <translation>
            <numerusform>Đã bỏ qua %n trang chưa xác định hồ sơ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n document(s) on this workstation…</source>
        <translation>
            <numerusform>Đang lưu %n tài liệu trên máy này…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::BlankFormsDialog</name>
    <message>
        <source>Blank forms</source>
        <translation>Mẫu đơn, tờ khai</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (not on this workstation yet)</source>
        <translation>%1 — %2 (chưa có trên máy này)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Lưu bản sao…</translation>
    </message>
    <message>
        <source>Forms the citizen fills in, for the papers of this case:</source>
        <translation>Mẫu đơn, tờ khai công dân cần điền cho các giấy tờ của trường hợp này:</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi đến máy in.</translation>
    </message>
    <message>
        <source>Save a copy of the form</source>
        <translation>Lưu bản sao mẫu đơn</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>Choose a form first.</source>
        <translation>Hãy chọn một mẫu đơn trước.</translation>
    </message>
    <message>
        <source>A Word or OpenDocument form cannot be printed here: save a copy and print it from a word processor.</source>
        <translation>Mẫu đơn dạng Word hoặc OpenDocument không in trực tiếp được tại đây: hãy lưu bản sao và in từ trình soạn thảo văn bản.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>Not printed: the form or the printer failed (%1).</source>
        <translation>Chưa in được: lỗi ở tệp mẫu đơn hoặc máy in (%1).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
</context>
<context>
    <name>motcua::client::CameraDialog</name>
    <message>
        <source>Read a barcode with the camera</source>
        <translation>Đọc mã vạch bằng camera</translation>
    </message>
    <message>
        <source>No code read yet.</source>
        <translation>Chưa đọc được mã nào.</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>Last code read:</source>
        <translation>Mã đọc được gần nhất:</translation>
    </message>
    <message>
        <source>No camera was found. Connect a webcam, or read the code with the barcode gun or from a scanned page.</source>
        <translation>Không tìm thấy camera nào. Vui lòng kết nối webcam, hoặc đọc mã bằng súng quét mã vạch hay từ trang đã quét.</translation>
    </message>
    <message>
        <source>The camera cannot be used (%1). Close other programs that use it, or choose another camera.</source>
        <translation>Không sử dụng được camera (%1). Vui lòng đóng các chương trình khác đang dùng camera, hoặc chọn camera khác.</translation>
    </message>
    <message>
        <source>Hold the receipt or the ID card&apos;s QR code in front of the camera.</source>
        <translation>Vui lòng đưa mã QR trên giấy tiếp nhận hoặc trên thẻ CCCD vào trước camera.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>motcua::client::CaseEditor</name>
    <message>
        <source>every channel</source>
        <translation>mọi hình thức nộp</translation>
    </message>
    <message>
        <source>as in person</source>
        <translation>như nộp trực tiếp</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Bản chụp</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Amount (đ)</source>
        <translation>Mức thu (đồng)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Thời điểm thu</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <source>Add a paper</source>
        <translation>Thêm giấy tờ</translation>
    </message>
    <message>
        <source>Remove the paper</source>
        <translation>Xóa giấy tờ</translation>
    </message>
    <message>
        <source>Add a fee</source>
        <translation>Thêm phí, lệ phí</translation>
    </message>
    <message>
        <source>Remove the fee</source>
        <translation>Xóa phí, lệ phí</translation>
    </message>
    <message>
        <source>Gives an appointment (else answered within the day)</source>
        <translation>Có hẹn ngày trả kết quả (nếu không: giải quyết trong ngày)</translation>
    </message>
    <message>
        <source>Time online</source>
        <translation>Thời hạn khi nộp trực tuyến</translation>
    </message>
    <message>
        <source>Time by post</source>
        <translation>Thời hạn khi nộp qua bưu chính</translation>
    </message>
    <message>
        <source>&lt;b&gt;Papers&lt;/b&gt; (Ins adds a row, Ctrl+Del removes it)</source>
        <translation>&lt;b&gt;Thành phần hồ sơ&lt;/b&gt; (Ins thêm dòng, Ctrl+Del xóa dòng)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fees&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phí, lệ phí&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation>Mẫu đơn</translation>
    </message>
    <message>
        <source>Attach a blank form…</source>
        <translation>Đính kèm mẫu đơn…</translation>
    </message>
    <message>
        <source>Remove the form</source>
        <translation>Bỏ mẫu đơn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>motcua::client::ComponentChecklistModel</name>
    <message>
        <source>Required. </source>
        <translation>Bắt buộc. </translation>
    </message>
    <message>
        <source>Optional. </source>
        <translation>Không bắt buộc. </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Tên giấy tờ</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Bản chụp</translation>
    </message>
    <message>
        <source>Note (missing / wrong)</source>
        <translation>Ghi chú (thiếu / chưa đúng)</translation>
    </message>
    <message>
        <source>Asked for — originals: %1, certified copies: %2, photocopies: %3.</source>
        <translation>Yêu cầu — bản chính: %1, bản sao chứng thực: %2, bản chụp: %3.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ConflictDialog</name>
    <message>
        <source>Dossier %1 was changed by someone else</source>
        <translation>Hồ sơ %1 đã được người khác thay đổi</translation>
    </message>
    <message>
        <source>Your change to dossier &lt;b&gt;%1&lt;/b&gt; was made on version %2, but the server already has version %3. Compare the two and decide; nothing has been overwritten.</source>
        <translation>Thay đổi của bạn đối với hồ sơ &lt;b&gt;%1&lt;/b&gt; được thực hiện trên phiên bản %2, nhưng máy chủ đã có phiên bản %3. Vui lòng so sánh hai bản và quyết định; chưa có dữ liệu nào bị ghi đè.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Bước xử lý hiện tại</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ xử lý</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <source>Returned at</source>
        <translation>Thời điểm trả kết quả</translation>
    </message>
    <message>
        <source>Returned to</source>
        <translation>Người nhận kết quả</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Thao tác gần nhất</translation>
    </message>
    <message>
        <source>Mine (this workstation)</source>
        <translation>Của tôi (máy trạm này)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Giữ phiên bản trên máy chủ</translation>
    </message>
    <message>
        <source>Send mine again</source>
        <translation>Gửi lại thay đổi của tôi</translation>
    </message>
</context>
<context>
    <name>motcua::client::ControlSlipPreview</name>
    <message>
        <source>&amp;Print control slip…</source>
        <translation>In phiếu &amp;kiểm soát…</translation>
    </message>
    <message numerus="yes">
        <source>Control slip (form 05) as it stands: %n page(s), %1 hand-over(s) recorded.</source>
        <translation>
            <numerusform>Phiếu kiểm soát (Mẫu 05) hiện tại: %n trang, đã ghi nhận %1 lượt giao nhận.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::CounterController</name>
    <message>
        <source>Printer for: %1</source>
        <translation>Máy in dùng cho: %1</translation>
    </message>
    <message>
        <source>%1 will print on %2.</source>
        <translation>%1 sẽ được in trên máy in %2.</translation>
    </message>
    <message numerus="yes">
        <source>Guidance recorded for %1; the supplement request (form 02) lists %n paper(s).</source>
        <translation>
            <numerusform>Đã ghi nhận hướng dẫn bổ sung hồ sơ cho %1; phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) liệt kê %n giấy tờ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusal recorded for %1; the refusal slip (form 03) was printed.</source>
        <translation>Đã ghi nhận từ chối tiếp nhận hồ sơ của %1; đã in phiếu từ chối (Mẫu 03).</translation>
    </message>
    <message>
        <source>Dossier %1 is not on this workstation.</source>
        <translation>Hồ sơ %1 không có trên máy trạm này.</translation>
    </message>
    <message>
        <source>Dossier %1 has no supplement request to print.</source>
        <translation>Hồ sơ %1 không có yêu cầu bổ sung nào để in phiếu.</translation>
    </message>
</context>
<context>
    <name>motcua::client::DossierSummaryModel</name>
    <message>
        <source>not sent</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>CCCD/CMND %1</translation>
    </message>
    <message>
        <source>Saved on this counter, not yet sent to the server</source>
        <translation>Đã lưu tại quầy này, chưa gửi lên máy chủ</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
</context>
<context>
    <name>motcua::client::DossierView</name>
    <message>
        <source>Return &amp;result…</source>
        <translation>Trả &amp;kết quả…</translation>
    </message>
    <message>
        <source>Print re&amp;ceipt</source>
        <translation>In &amp;giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Print control &amp;slip</source>
        <translation>In phiếu kiểm &amp;soát</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Tên giấy tờ</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Bản chụp</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Số hóa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Thu phí</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Tình trạng nộp</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Hình thức thanh toán</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Số biên lai</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Thời gian nộp</translation>
    </message>
    <message>
        <source>Saved on this counter, not yet sent to the server</source>
        <translation>Đã lưu tại quầy này, chưa gửi lên máy chủ</translation>
    </message>
    <message>
        <source>Hand the result to the applicant (only when the result is ready)</source>
        <translation>Trả kết quả cho tổ chức, cá nhân (chỉ khi đã có kết quả)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Tổ chức, cá nhân</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Chủ hồ sơ:</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Người nộp hồ sơ:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Người được ủy quyền:</translation>
    </message>
    <message>
        <source>Applicant type:</source>
        <translation>Loại đối tượng:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Hình thức nộp:</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Thông tin xử lý</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ngày tiếp nhận:</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Ngày hẹn trả:</translation>
    </message>
    <message>
        <source>Statutory time:</source>
        <translation>Thời hạn giải quyết theo quy định:</translation>
    </message>
    <message>
        <source>Current step:</source>
        <translation>Bước xử lý hiện tại:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Cán bộ xử lý:</translation>
    </message>
    <message>
        <source>Step deadline:</source>
        <translation>Hạn xử lý của bước:</translation>
    </message>
    <message>
        <source>Clock stopped:</source>
        <translation>Tạm dừng tính thời hạn:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Xử lý xong:</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>Trả kết quả:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử xử lý</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>No dossier open</source>
        <translation>Chưa mở hồ sơ nào</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>chủ hồ sơ</translation>
    </message>
    <message>
        <source>the representative</source>
        <translation>người được ủy quyền</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>since %1: %2</source>
        <translation>từ %1: %2</translation>
    </message>
    <message>
        <source>%1 (moves when the clock restarts)</source>
        <translation>%1 (sẽ thay đổi khi tiếp tục tính thời hạn)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Lịch sử xử lý (%1)</translation>
    </message>
    <message>
        <source>Components (%1)</source>
        <translation>Thành phần hồ sơ (%1)</translation>
    </message>
    <message>
        <source>Fees (%1)</source>
        <translation>Phí, lệ phí (%1)</translation>
    </message>
    <message>
        <source>%1 — behind schedule</source>
        <translation>%1 — chậm tiến độ</translation>
    </message>
    <message>
        <source>reused</source>
        <translation>tái sử dụng</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>chưa nhận</translation>
    </message>
    <message>
        <source>not received; %1</source>
        <translation>chưa nhận; %1</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>đã nộp</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>chưa nộp</translation>
    </message>
    <message>
        <source>%1, handed to %2</source>
        <translation>%1, giao cho %2</translation>
    </message>
    <message>
        <source>Sc&amp;an papers…</source>
        <translation>&amp;Quét giấy tờ…</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Đính kè&amp;m tệp…</translation>
    </message>
    <message>
        <source>Print separator s&amp;heets</source>
        <translation>In tờ &amp;phân cách</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Số tệp</translation>
    </message>
    <message>
        <source>Scan the citizen&apos;s papers into this dossier&apos;s components</source>
        <translation>Quét giấy tờ của công dân vào các thành phần của hồ sơ này</translation>
    </message>
    <message>
        <source>Add a PDF, PNG, JPEG or TIFF file to a component</source>
        <translation>Đính kèm tệp PDF, PNG, JPEG hoặc TIFF vào một thành phần hồ sơ</translation>
    </message>
    <message>
        <source>One sheet per received component, to scan many papers from the feeder at once</source>
        <translation>In mỗi thành phần hồ sơ đã nhận một tờ phân cách, để quét nhiều giấy tờ cùng lúc qua khay nạp giấy</translation>
    </message>
    <message>
        <source>%1 (%2 waiting to be sent)</source>
        <translation>%1 (%2 tệp đang chờ gửi)</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Chưa mở hồ sơ nào.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG, JPEG or TIFF file.</source>
        <translation>%1 không phải là tệp PDF, PNG, JPEG hoặc TIFF.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Attach the file to which component of %1?</source>
        <translation>Đính kèm tệp vào thành phần nào của hồ sơ %1?</translation>
    </message>
    <message>
        <source>Attach file to %1</source>
        <translation>Đính kèm tệp vào %1</translation>
    </message>
    <message>
        <source>Scanned papers (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Giấy tờ đã quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>motcua::client::FormPrinter</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Xem trước khi in — %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>In — %1</translation>
    </message>
    <message>
        <source>No printer is available. Export the form to PDF instead.</source>
        <translation>Không có máy in nào sẵn sàng. Vui lòng xuất phiếu ra tệp PDF.</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The form template %1 has an error: %2</source>
        <translation>Mẫu phiếu %1 có lỗi: %2</translation>
    </message>
    <message>
        <source>The form template %1 uses a name that does not exist: %2</source>
        <translation>Mẫu phiếu %1 dùng một tên không tồn tại: %2</translation>
    </message>
    <message>
        <source>The form template %1 cannot be found.</source>
        <translation>Không tìm thấy mẫu phiếu %1.</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be written: %2</source>
        <translation>Không ghi được tệp PDF %1: %2</translation>
    </message>
    <message>
        <source>The printer did not accept the form. Check that it is on and has paper.</source>
        <translation>Máy in không nhận lệnh in phiếu. Vui lòng kiểm tra máy in đã bật và còn giấy.</translation>
    </message>
    <message>
        <source>The barcode of the form cannot be made: %1</source>
        <translation>Không tạo được mã vạch của phiếu: %1</translation>
    </message>
    <message>
        <source>The form cannot be printed: %1</source>
        <translation>Không in được phiếu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Printing the register (%n dossier(s))…</source>
        <translation>
            <numerusform>Đang in sổ theo dõi (%n hồ sơ)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::FormUploader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Đang tải lên %1…</translation>
    </message>
    <message>
        <source>%1 attached: apply the page to keep it.</source>
        <translation>Đã đính kèm %1: bấm Áp dụng để lưu.</translation>
    </message>
</context>
<context>
    <name>motcua::client::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Từ → đến</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Step result</source>
        <translation>Kết quả bước xử lý</translation>
    </message>
</context>
<context>
    <name>motcua::client::ImportPreviewDialog</name>
    <message>
        <source>new procedure</source>
        <translation>thủ tục mới</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>có thay đổi</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không thay đổi</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>không nhập được</translation>
    </message>
    <message>
        <source>Import from the national procedures database</source>
        <translation>Nhập từ Cơ sở dữ liệu quốc gia về thủ tục hành chính</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Số thay đổi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>&amp;Create the drafts</source>
        <translation>&amp;Tạo bản nháp</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) read. Nothing is written until you create the drafts; published versions are never touched.</source>
        <translation>
            <numerusform>Đã đọc %n bản ghi. Chưa có gì được ghi cho đến khi bạn tạo bản nháp; các phiên bản đã công bố không bao giờ bị thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) would be created or replaced.</source>
        <translation>
            <numerusform>Sẽ tạo mới hoặc thay thế %n bản nháp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a MotCua catalogue</source>
        <translation>Nhập danh mục MotCua</translation>
    </message>
    <message>
        <source>&amp;Take the catalogue</source>
        <translation>&amp;Nhận danh mục</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) in the file. Nothing is written until you take the catalogue; a procedure that went its own way here is refused, never merged.</source>
        <translation>
            <numerusform>Tệp có %n thủ tục. Chưa ghi gì cho đến khi bạn nhận danh mục; thủ tục đã thay đổi riêng ở đây sẽ bị từ chối, không bao giờ bị trộn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) would be added or given new versions.</source>
        <translation>
            <numerusform>%n thủ tục sẽ được thêm hoặc có phiên bản mới.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::IntakePage</name>
    <message>
        <source>Procedure: name, code or field…</source>
        <translation>Thủ tục: tên, mã hoặc lĩnh vực…</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Procedure&lt;/b&gt; (Ctrl+F)</source>
        <translation>&lt;b&gt;1. Thủ tục&lt;/b&gt; (Ctrl+F)</translation>
    </message>
    <message>
        <source>2. Applicant</source>
        <translation>2. Tổ chức, cá nhân</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Cơ quan nhà nước</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Tổ chức khác</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Public postal service</source>
        <translation>Qua dịch vụ bưu chính công ích</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation>Loại đối tượng</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner of the dossier&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chủ hồ sơ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The owner submits in person</source>
        <translation>Chủ hồ sơ trực tiếp nộp</translation>
    </message>
    <message>
        <source>An authorised representative</source>
        <translation>Có người được ủy quyền</translation>
    </message>
    <message>
        <source>3. Papers (* required)</source>
        <translation>3. Thành phần hồ sơ (* bắt buộc)</translation>
    </message>
    <message>
        <source>Number of sets</source>
        <translation>Số bộ hồ sơ</translation>
    </message>
    <message>
        <source>4. Outcome</source>
        <translation>4. Kết quả tiếp nhận</translation>
    </message>
    <message>
        <source>Reason (required to refuse; printed on the guidance slip as well)</source>
        <translation>Lý do (bắt buộc khi từ chối; cũng được in trên phiếu yêu cầu bổ sung, hoàn thiện hồ sơ)</translation>
    </message>
    <message>
        <source>Accept (F9)</source>
        <translation>Tiếp nhận (F9)</translation>
    </message>
    <message>
        <source>Guide to complete (F10)</source>
        <translation>Hướng dẫn bổ sung (F10)</translation>
    </message>
    <message>
        <source>Refuse (F11)</source>
        <translation>Từ chối (F11)</translation>
    </message>
    <message>
        <source>Choose a procedure to see the appointment date.</source>
        <translation>Chọn thủ tục để xem ngày hẹn trả kết quả.</translation>
    </message>
    <message>
        <source>Appointment if accepted now: %1 %2, %3</source>
        <translation>Hẹn trả kết quả nếu tiếp nhận ngay: %1 %2, %3</translation>
    </message>
    <message>
        <source>Required papers not received: %1. Guide the citizen to complete the dossier (F10) instead.</source>
        <translation>Chưa nhận giấy tờ bắt buộc: %1. Vui lòng hướng dẫn công dân bổ sung, hoàn thiện hồ sơ (F10) thay vì tiếp nhận.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recorded on this workstation; it will be sent when the server is reachable.</source>
        <translation>Đã ghi nhận trên máy trạm này; hồ sơ sẽ được gửi lên máy chủ khi có kết nối.</translation>
    </message>
    <message>
        <source>The unfinished intake was restored.</source>
        <translation>Đã khôi phục hồ sơ đang tiếp nhận dở.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>chủ hồ sơ</translation>
    </message>
    <message>
        <source>submitter</source>
        <translation>người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Filled from the citizen ID card (%1): %2, %3, born %4. Check it with the citizen.</source>
        <translation>Đã điền thông tin %1 từ thẻ căn cước công dân: %2, %3, sinh ngày %4. Vui lòng đối chiếu lại với công dân.</translation>
    </message>
    <message>
        <source>The ID card&apos;s code was not used: %1</source>
        <translation>Không sử dụng được mã QR của thẻ CCCD: %1</translation>
    </message>
    <message>
        <source>Read ID card with camera…</source>
        <translation>Đọc thẻ CCCD bằng camera…</translation>
    </message>
    <message>
        <source>Fill the applicant from the QR code of a chip-based citizen ID card, read with the webcam</source>
        <translation>Điền thông tin tổ chức, cá nhân từ mã QR trên thẻ căn cước công dân gắn chip, đọc bằng webcam</translation>
    </message>
    <message>
        <source>Accepted: %1 — appointment %2.</source>
        <translation>Đã tiếp nhận hồ sơ %1 — hẹn trả kết quả %2.</translation>
    </message>
    <message>
        <source>Accepted: %1 — no appointment.</source>
        <translation>Đã tiếp nhận hồ sơ %1 — chưa có ngày hẹn trả.</translation>
    </message>
    <message>
        <source>Choose the case…</source>
        <translation>Chọn trường hợp…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trường hợp&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose the case to see the appointment date.</source>
        <translation>Chọn trường hợp để xem ngày hẹn trả kết quả.</translation>
    </message>
    <message>
        <source>Blank forms… (Ctrl+M)</source>
        <translation>Mẫu đơn… (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>motcua::client::LastReceivedBar</name>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Reprint the receipt</source>
        <translation>In lại giấy tiếp nhận</translation>
    </message>
    <message>
        <source>kept on this workstation until the server answers</source>
        <translation>lưu trên máy này cho đến khi máy chủ trả lời</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Hồ sơ vừa tiếp nhận: %1</translation>
    </message>
    <message>
        <source>%1: not printed</source>
        <translation>%1: chưa in</translation>
    </message>
    <message>
        <source>%1: saved to the file %2</source>
        <translation>%1: đã lưu vào tệp %2</translation>
    </message>
    <message>
        <source>%1: sent to the printer %2</source>
        <translation>%1: đã gửi tới máy in %2</translation>
    </message>
    <message>
        <source>Received %1 — appointment %2</source>
        <translation>Đã tiếp nhận %1 — hẹn trả %2</translation>
    </message>
    <message>
        <source>Received %1 — no appointment</source>
        <translation>Đã tiếp nhận %1 — chưa có ngày hẹn trả</translation>
    </message>
</context>
<context>
    <name>motcua::client::LoginDialog</name>
    <message>
        <source>MotCua — log in</source>
        <translation>MotCua — đăng nhập</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&lt;h2&gt;One-stop counter&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Một cửa điện tử&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Vui lòng nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The server address is not valid (for example http://192.168.1.10:8686).</source>
        <translation>Địa chỉ máy chủ không hợp lệ (ví dụ: http://192.168.1.10:8686).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Vui lòng nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
</context>
<context>
    <name>motcua::client::LookupPage</name>
    <message>
        <source>Dossier code, owner&apos;s name, phone or ID number — or scan the receipt</source>
        <translation>Mã hồ sơ, tên chủ hồ sơ, số điện thoại hoặc số CCCD/CMND — hoặc quét giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Latest dossiers. Type a code, name, phone or ID number, or scan a receipt.</source>
        <translation>Hồ sơ gần đây. Nhập mã hồ sơ, họ tên, số điện thoại hoặc số CCCD/CMND, hoặc quét giấy tiếp nhận.</translation>
    </message>
    <message>
        <source>No dossier matches “%1”.</source>
        <translation>Không có hồ sơ nào khớp với “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Search took %1 ms</source>
        <translation>Thời gian tìm kiếm: %1 ms</translation>
    </message>
    <message>
        <source>Dossier %1 is not on this counter yet (it may not have been synchronised).</source>
        <translation>Hồ sơ %1 chưa có trên quầy này (có thể chưa được đồng bộ).</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>Đã quét mã %1</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>Read with camera…</source>
        <translation>Đọc bằng camera…</translation>
    </message>
    <message>
        <source>Read the receipt&apos;s barcode with the webcam (F4)</source>
        <translation>Đọc mã vạch trên giấy tiếp nhận bằng webcam (F4)</translation>
    </message>
    <message>
        <source>This is a citizen ID card, not a receipt: the dossiers of ID number %1 are listed.</source>
        <translation>Đây là thẻ căn cước công dân, không phải giấy tiếp nhận: danh sách bên dưới là các hồ sơ của số CCCD %1.</translation>
    </message>
    <message>
        <source>Dossier %1 is not on this counter: asking the server…</source>
        <translation>Hồ sơ %1 chưa có trên quầy này: đang hỏi máy chủ…</translation>
    </message>
    <message>
        <source>Dossier %1 is neither on this counter nor found on the server (or the server cannot be reached now).</source>
        <translation>Không tìm thấy hồ sơ %1 trên quầy này cũng như trên máy chủ (hoặc lúc này không kết nối được máy chủ).</translation>
    </message>
</context>
<context>
    <name>motcua::client::MainWindow</name>
    <message>
        <source>MotCua — One-stop counter</source>
        <translation>MotCua — Một cửa điện tử</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Đã kết nối máy chủ %1</translation>
    </message>
    <message>
        <source>Offline: %1 does not answer</source>
        <translation>Mất kết nối: máy chủ %1 không phản hồi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>&amp;Reprint the receipt</source>
        <translation>&amp;In lại giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Open a dossier first.</source>
        <translation>Vui lòng mở một hồ sơ trước.</translation>
    </message>
    <message>
        <source>Reprint the &amp;control slip</source>
        <translation>In lại phiếu &amp;kiểm soát</translation>
    </message>
    <message>
        <source>&amp;Export the receipt to PDF…</source>
        <translation>&amp;Xuất giấy tiếp nhận ra PDF…</translation>
    </message>
    <message>
        <source>&amp;Preview before printing</source>
        <translation>Xem &amp;trước khi in</translation>
    </message>
    <message>
        <source>C&amp;hoose the printer for receipts…</source>
        <translation>&amp;Chọn máy in cho giấy tiếp nhận…</translation>
    </message>
    <message>
        <source>MotCua</source>
        <translation>MotCua</translation>
    </message>
    <message>
        <source>Dossier %1 updated on this workstation; it will be sent when the server is reachable.</source>
        <translation>Đã cập nhật hồ sơ %1 trên máy trạm này; thay đổi sẽ được gửi lên máy chủ khi có kết nối.</translation>
    </message>
    <message>
        <source>Dossier %1 updated.</source>
        <translation>Đã cập nhật hồ sơ %1.</translation>
    </message>
    <message>
        <source>Changes stay on this workstation until you log in again.</source>
        <translation>Các thay đổi được giữ trên máy trạm này cho đến khi bạn đăng nhập lại.</translation>
    </message>
    <message>
        <source>The server refused a change to dossier %1 made on this workstation: %2</source>
        <translation>Máy chủ đã từ chối một thay đổi đối với hồ sơ %1 được thực hiện trên máy trạm này: %2</translation>
    </message>
    <message>
        <source>The receipt printed offline carries code %1, but the server recorded the dossier as %2. Reprint the receipt and give the citizen the new one.</source>
        <translation>Giấy tiếp nhận in lúc mất kết nối mang mã %1, nhưng máy chủ đã ghi nhận hồ sơ với mã %2. Vui lòng in lại giấy tiếp nhận và giao bản mới cho công dân.</translation>
    </message>
    <message>
        <source>Intake (F2)</source>
        <translation>Tiếp nhận (F2)</translation>
    </message>
    <message>
        <source>Lookup and return (F3)</source>
        <translation>Tra cứu và trả kết quả (F3)</translation>
    </message>
    <message>
        <source>Lookup (F3)</source>
        <translation>Tra cứu (F3)</translation>
    </message>
    <message>
        <source>Tracking register</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Dossier %1 is not on this workstation.</source>
        <translation>Hồ sơ %1 không có trên máy trạm này.</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Đã gửi hết thay đổi</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thay đổi đang chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Xử lý hồ sơ</translation>
    </message>
    <message>
        <source>Counter queues</source>
        <translation>Hồ sơ tại quầy</translation>
    </message>
    <message>
        <source>Read a code with the &amp;camera…</source>
        <translation>Đọc mã bằng &amp;camera…</translation>
    </message>
    <message>
        <source>Print the &amp;supplement request</source>
        <translation>In phiếu yêu cầu &amp;bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>Scan the &amp;papers of this dossier…</source>
        <translation>&amp;Quét giấy tờ của hồ sơ này…</translation>
    </message>
    <message>
        <source>Scan a &amp;stack with separator sheets…</source>
        <translation>Quét &amp;xấp giấy tờ có tờ phân cách…</translation>
    </message>
    <message>
        <source>Print separator s&amp;heets</source>
        <translation>In tờ &amp;phân cách</translation>
    </message>
    <message>
        <source>Print the &amp;apology (form 04)</source>
        <translation>In phiếu xin &amp;lỗi (Mẫu 04)</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation>Đăng &amp;xuất / đổi người dùng</translation>
    </message>
    <message>
        <source>%1 saved to the file %2</source>
        <translation>%1 đã lưu vào tệp %2</translation>
    </message>
    <message>
        <source>%1 sent to the printer %2</source>
        <translation>%1 đã gửi tới máy in %2</translation>
    </message>
    <message>
        <source>%1 · logged in offline</source>
        <translation>%1 · đăng nhập ngoại tuyến</translation>
    </message>
    <message>
        <source>The server refused a guidance or refusal recorded on this workstation: %1</source>
        <translation>Máy chủ từ chối một lượt hướng dẫn bổ sung hoặc từ chối hồ sơ đã ghi trên máy trạm này: %1</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Quản trị</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Thiết lập…</translation>
    </message>
    <message>
        <source>Move the open dossier to another &amp;process…</source>
        <translation>Chuyển hồ sơ đang mở sang &amp;quy trình khác…</translation>
    </message>
    <message>
        <source>%1 now follows the new process.</source>
        <translation>%1 nay theo quy trình mới.</translation>
    </message>
</context>
<context>
    <name>motcua::client::MoveProcessDialog</name>
    <message>
        <source>&amp;Move the dossier</source>
        <translation>&amp;Chuyển hồ sơ</translation>
    </message>
    <message>
        <source>Move %1 to another process</source>
        <translation>Chuyển %1 sang quy trình khác</translation>
    </message>
    <message>
        <source>%1 · %2, received under version %3, is at step &quot;%4&quot;. Its papers, fees and appointment stay; only the process changes, from the step chosen.</source>
        <translation>%1 · %2, tiếp nhận theo phiên bản %3, đang ở bước &quot;%4&quot;. Giấy tờ, phí và ngày hẹn giữ nguyên; chỉ quy trình thay đổi, từ bước được chọn.</translation>
    </message>
    <message>
        <source>Why the dossier changes process (kept in its history)</source>
        <translation>Lý do hồ sơ đổi quy trình (lưu trong lịch sử hồ sơ)</translation>
    </message>
    <message>
        <source>Process of &amp;version:</source>
        <translation>Quy trình của &amp;phiên bản:</translation>
    </message>
    <message>
        <source>Go on at &amp;step:</source>
        <translation>Tiếp tục ở &amp;bước:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Loading the versions of the procedure…</source>
        <translation>Đang tải các phiên bản của thủ tục…</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Chưa chuyển: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>Version %1 (%2) — the dossier&apos;s</source>
        <translation>Phiên bản %1 (%2) — của hồ sơ</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Phiên bản %1 (%2)</translation>
    </message>
    <message>
        <source>Version %1 has no case &quot;%2&quot;.</source>
        <translation>Phiên bản %1 không có trường hợp &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Đang chuyển…</translation>
    </message>
</context>
<context>
    <name>motcua::client::PageViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>Hiển thị vừa chiều rộng trang</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Hiển thị toàn bộ trang</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Xoay trái</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Xoay phải</translation>
    </message>
    <message>
        <source>This PDF is protected by a password and cannot be shown.</source>
        <translation>Tệp PDF này được bảo vệ bằng mật khẩu nên không hiển thị được.</translation>
    </message>
    <message>
        <source>This file cannot be shown: it is damaged or of a kind this program does not read.</source>
        <translation>Không hiển thị được tệp này: tệp bị hỏng hoặc có định dạng mà chương trình không đọc được.</translation>
    </message>
    <message>
        <source>Choose a scanned paper to see its pages.</source>
        <translation>Chọn một giấy tờ đã quét để xem các trang.</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown.</source>
        <translation>Không hiển thị được trang %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>motcua::client::PersonFields</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>ID number (CCCD/CMND)</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Địa chỉ email này không hợp lệ.</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Ngày sinh: %1</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcedureDiffView</name>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <source>Paper, fee or step</source>
        <translation>Giấy tờ, phí hoặc bước</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Local code</source>
        <translation>Mã thủ tục tại địa phương</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Mức độ dịch vụ công</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Case added</source>
        <translation>Thêm trường hợp</translation>
    </message>
    <message>
        <source>Case removed</source>
        <translation>Bỏ trường hợp</translation>
    </message>
    <message>
        <source>Case renamed</source>
        <translation>Đổi tên trường hợp</translation>
    </message>
    <message>
        <source>Statutory time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Time for a channel</source>
        <translation>Thời hạn theo hình thức nộp</translation>
    </message>
    <message>
        <source>Gives an appointment</source>
        <translation>Có hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Paper added</source>
        <translation>Thêm giấy tờ</translation>
    </message>
    <message>
        <source>Paper removed</source>
        <translation>Bỏ giấy tờ</translation>
    </message>
    <message>
        <source>Paper changed</source>
        <translation>Sửa giấy tờ</translation>
    </message>
    <message>
        <source>Fee added</source>
        <translation>Thêm phí, lệ phí</translation>
    </message>
    <message>
        <source>Fee removed</source>
        <translation>Bỏ phí, lệ phí</translation>
    </message>
    <message>
        <source>Fee changed</source>
        <translation>Sửa phí, lệ phí</translation>
    </message>
    <message>
        <source>Step added</source>
        <translation>Thêm bước</translation>
    </message>
    <message>
        <source>Step removed</source>
        <translation>Bỏ bước</translation>
    </message>
    <message>
        <source>Step changed</source>
        <translation>Sửa bước</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Chỉ cung cấp thông tin</translation>
    </message>
    <message>
        <source>Partly online</source>
        <translation>Trực tuyến một phần</translation>
    </message>
    <message>
        <source>Fully online</source>
        <translation>Trực tuyến toàn trình</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>Không có khác biệt</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Yêu cầu, điều kiện</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Đối tượng thực hiện</translation>
    </message>
    <message>
        <source>Version added (in force from)</source>
        <translation>Thêm phiên bản (có hiệu lực từ)</translation>
    </message>
    <message>
        <source>Version ends on</source>
        <translation>Phiên bản hết hiệu lực ngày</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcedureEditor</name>
    <message>
        <source>e.g. 1.001193 (national procedures database)</source>
        <translation>ví dụ 1.001193 (Cơ sở dữ liệu quốc gia về thủ tục hành chính)</translation>
    </message>
    <message>
        <source>Information only</source>
        <translation>Chỉ cung cấp thông tin</translation>
    </message>
    <message>
        <source>Partly online</source>
        <translation>Trực tuyến một phần</translation>
    </message>
    <message>
        <source>Fully online</source>
        <translation>Trực tuyến toàn trình</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>Mã thủ tục quốc gia</translation>
    </message>
    <message>
        <source>Local code</source>
        <translation>Mã thủ tục tại địa phương</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Mức độ dịch vụ công</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Cases, papers, fees</source>
        <translation>Trường hợp, thành phần hồ sơ, phí, lệ phí</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Thêm trường hợp</translation>
    </message>
    <message>
        <source>Remove the case</source>
        <translation>Xóa trường hợp</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <source>Statutory time (in person)</source>
        <translation>Thời hạn giải quyết (nộp trực tiếp)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>The procedure&apos;s only case</source>
        <translation>Trường hợp duy nhất của thủ tục</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Trường hợp %1</translation>
    </message>
    <message>
        <source>One document a line</source>
        <translation>Mỗi văn bản một dòng</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Yêu cầu, điều kiện</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Đối tượng thực hiện</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>ngày (tính cả ngày nghỉ)</translation>
    </message>
    <message>
        <source>Choose the agency that receives it</source>
        <translation>Chọn cơ quan tiếp nhận thủ tục</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcedureListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcedureVersionsModel</name>
    <message>
        <source>version %1 since %2</source>
        <translation>phiên bản %1 từ %2</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã hết hiệu lực</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa có hiệu lực</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>bản nháp %1</translation>
    </message>
    <message>
        <source>version %1 from %2</source>
        <translation>phiên bản %1 từ %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Đang có hiệu lực</translation>
    </message>
    <message>
        <source>Drafts and later versions</source>
        <translation>Bản nháp và phiên bản sắp có hiệu lực</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProceduresPage</name>
    <message>
        <source>Procedure: name or code…</source>
        <translation>Thủ tục: tên hoặc mã…</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Đang có hiệu lực</translation>
    </message>
    <message>
        <source>With a draft</source>
        <translation>Có bản nháp</translation>
    </message>
    <message>
        <source>Scheduled for a later day</source>
        <translation>Sắp có hiệu lực</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã hết hiệu lực</translation>
    </message>
    <message>
        <source>&amp;New procedure</source>
        <translation>Thủ tục &amp;mới</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>&amp;Publish the draft</source>
        <translation>&amp;Công bố bản nháp</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>Có hiệu lực từ ngày</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Các phiên bản</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Loading the procedures…</source>
        <translation>Đang tải danh sách thủ tục…</translation>
    </message>
    <message>
        <source>Every field</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) could not be read: update the application.</source>
        <translation>
            <numerusform>Không đọc được %n phiên bản: vui lòng cập nhật ứng dụng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a procedure in the list.</source>
        <translation>Chọn một thủ tục trong danh sách.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>replaced before it took effect</source>
        <translation>bị thay thế trước khi có hiệu lực</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>đang có hiệu lực</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>sắp có hiệu lực</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã hết hiệu lực</translation>
    </message>
    <message>
        <source>Editing draft %1: Apply saves it; publish it to give it a day.</source>
        <translation>Đang sửa bản nháp %1: bấm Áp dụng để lưu; công bố để định ngày có hiệu lực.</translation>
    </message>
    <message>
        <source>Version %1 is published and never changes: Apply saves your changes as a new draft.</source>
        <translation>Phiên bản %1 đã công bố và không được sửa: bấm Áp dụng để lưu thay đổi thành bản nháp mới.</translation>
    </message>
    <message>
        <source>A new procedure: Apply keeps it as draft version 1.</source>
        <translation>Thủ tục mới: bấm Áp dụng để lưu thành bản nháp phiên bản 1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved as draft %1 of %2.</source>
        <translation>Đã lưu bản nháp %1 của thủ tục %2.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Đang công bố…</translation>
    </message>
    <message>
        <source>Version %1 takes effect on %2; the counters receive it then.</source>
        <translation>Phiên bản %1 có hiệu lực từ ngày %2; các quầy tiếp nhận sẽ áp dụng từ ngày đó.</translation>
    </message>
    <message>
        <source>Not saved: the server refused it.</source>
        <translation>Chưa lưu: máy chủ không chấp nhận.</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;So sánh…</translation>
    </message>
    <message>
        <source>What changed: select one version (compared with the one before it) or two</source>
        <translation>Xem thay đổi: chọn một phiên bản (so với phiên bản trước) hoặc hai phiên bản</translation>
    </message>
    <message>
        <source>%1: version %2 → version %3</source>
        <translation>%1: phiên bản %2 → phiên bản %3</translation>
    </message>
    <message>
        <source>Co&amp;rrect the published version…</source>
        <translation>Đí&amp;nh chính phiên bản đã công bố…</translation>
    </message>
    <message>
        <source>Changes what the version in force says, without a new version (recorded with its reason)</source>
        <translation>Sửa nội dung phiên bản đang có hiệu lực mà không tạo phiên bản mới (ghi nhật ký kèm lý do)</translation>
    </message>
    <message>
        <source>&amp;End day…</source>
        <translation>Ngày &amp;hết hiệu lực…</translation>
    </message>
    <message>
        <source>Correct the published version</source>
        <translation>Đính chính phiên bản đã công bố</translation>
    </message>
    <message>
        <source>Why is the version in force corrected rather than replaced by a new version?</source>
        <translation>Lý do đính chính phiên bản đang có hiệu lực thay vì ban hành phiên bản mới?</translation>
    </message>
    <message>
        <source>End day of version %1</source>
        <translation>Ngày hết hiệu lực của phiên bản %1</translation>
    </message>
    <message>
        <source>No end day (in force until further notice)</source>
        <translation>Không có ngày hết hiệu lực (có hiệu lực đến khi có thông báo khác)</translation>
    </message>
    <message>
        <source>Last day in force</source>
        <translation>Ngày cuối cùng có hiệu lực</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Correcting…</source>
        <translation>Đang đính chính…</translation>
    </message>
    <message>
        <source>Version %1 corrected; the reason is in the audit log.</source>
        <translation>Đã đính chính phiên bản %1; lý do được lưu trong nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Saving the end day…</source>
        <translation>Đang lưu ngày hết hiệu lực…</translation>
    </message>
    <message>
        <source>Version %1 is in force until %2.</source>
        <translation>Phiên bản %1 có hiệu lực đến hết ngày %2.</translation>
    </message>
    <message>
        <source>Version %1 has no end day.</source>
        <translation>Phiên bản %1 không có ngày hết hiệu lực.</translation>
    </message>
    <message>
        <source>Not changed: the server refused it.</source>
        <translation>Chưa thay đổi: máy chủ không chấp nhận.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>Records of the national procedures database</source>
        <translation>Bản ghi của Cơ sở dữ liệu quốc gia về thủ tục hành chính</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Tệp JSON (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Đang đọc bản ghi…</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) created from the national database: check them, draw their processes, publish them.</source>
        <translation>
            <numerusform>Đã tạo %n bản nháp từ cơ sở dữ liệu quốc gia: vui lòng kiểm tra, thiết kế quy trình rồi công bố.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Công bố</translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) through the process take longer than the statutory time, so a dossier that uses every step&apos;s whole time would be late:

%1

Publish all the same?</source>
        <translation>
            <numerusform>%n đường đi trong quy trình dài hơn thời hạn theo quy định, nên hồ sơ dùng hết thời gian của mỗi bước sẽ bị trễ hạn:

%1

Vẫn công bố?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import procedures from a file of the national procedures database, or a catalogue exported from MotCua (JSON)</source>
        <translation>Nhập thủ tục từ tệp của Cơ sở dữ liệu quốc gia về thủ tục hành chính, hoặc một danh mục xuất từ MotCua (JSON)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Save the catalogue (every version, processes and fields) to a file, for another server or for safekeeping</source>
        <translation>Lưu danh mục (mọi phiên bản, quy trình và lĩnh vực) ra một tệp, để dùng cho máy chủ khác hoặc để lưu giữ</translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation>Xuất danh mục</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the catalogue…</source>
        <translation>Đang xuất danh mục…</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) exported to %1.</source>
        <translation>
            <numerusform>Đã xuất %n thủ tục ra %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) taken from the catalogue file.</source>
        <translation>
            <numerusform>Đã nhận %n thủ tục từ tệp danh mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blank form of the paper</source>
        <translation>Mẫu đơn của giấy tờ</translation>
    </message>
    <message>
        <source>Forms (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Mẫu đơn (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 was uploaded, but its paper is no longer shown: attach it again to the paper.</source>
        <translation>Đã tải lên %1 nhưng giấy tờ tương ứng không còn hiển thị: hãy đính kèm lại cho giấy tờ đó.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcessDesigner</name>
    <message>
        <source>Process diagram</source>
        <translation>Sơ đồ quy trình</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Các mũi tên</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Thêm &amp;bước</translation>
    </message>
    <message>
        <source>A new step after the others (Ins in the steps table)</source>
        <translation>Một bước mới sau các bước khác (phím Ins trong bảng các bước)</translation>
    </message>
    <message>
        <source>Add a&amp;rrow</source>
        <translation>Thêm &amp;mũi tên</translation>
    </message>
    <message>
        <source>An arrow from the chosen step (Ins in the arrows table; Shift+drag between two boxes in the diagram)</source>
        <translation>Một mũi tên từ bước đang chọn (phím Ins trong bảng mũi tên; Shift+kéo giữa hai ô trên sơ đồ)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>The chosen step or arrow (Del)</source>
        <translation>Bước hoặc mũi tên đang chọn (phím Del)</translation>
    </message>
    <message>
        <source>Arran&amp;ge</source>
        <translation>Sắp &amp;xếp</translation>
    </message>
    <message>
        <source>Lay the diagram out from intake to the result</source>
        <translation>Sắp xếp sơ đồ từ bước tiếp nhận đến bước trả kết quả</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Vừa khung</translation>
    </message>
    <message>
        <source>The whole process in view</source>
        <translation>Hiện toàn bộ quy trình</translation>
    </message>
    <message>
        <source>Sim&amp;ulate…</source>
        <translation>&amp;Mô phỏng…</translation>
    </message>
    <message>
        <source>A sample dossier through one way, with the real calendar</source>
        <translation>Một hồ sơ mẫu đi theo một đường, với lịch làm việc thật</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>Các &amp;bước</translation>
    </message>
    <message>
        <source>Arro&amp;ws (what takes a dossier from one step to another)</source>
        <translation>&amp;Mũi tên (điều đưa hồ sơ từ bước này sang bước khác)</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>&amp;Sơ đồ</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>&amp;Bảng</translation>
    </message>
    <message>
        <source>Problems of the process</source>
        <translation>Các vấn đề của quy trình</translation>
    </message>
    <message>
        <source>Check before publishing:</source>
        <translation>Kiểm tra trước khi công bố:</translation>
    </message>
    <message>
        <source>arrow %1</source>
        <translation>mũi tên %1</translation>
    </message>
    <message>
        <source>Warning: %1 takes %2 working hours, more than the statutory %3; publishing asks you to confirm.</source>
        <translation>Cảnh báo: %1 mất %2 giờ làm việc, nhiều hơn thời hạn %3 giờ theo quy định; khi công bố sẽ hỏi xác nhận.</translation>
    </message>
    <message>
        <source>No problem: every step is reached from intake and leads to the result.</source>
        <translation>Không có vấn đề: mọi bước đều đi được từ bước tiếp nhận và dẫn đến kết quả.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcessModel</name>
    <message>
        <source>New step</source>
        <translation>Bước mới</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcessesPage</name>
    <message>
        <source>Find a procedure by name or code</source>
        <translation>Tìm thủ tục theo tên hoặc mã</translation>
    </message>
    <message>
        <source>Procedure and case</source>
        <translation>Thủ tục và trường hợp</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Procedures and their cases</source>
        <translation>Các thủ tục và trường hợp của chúng</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Loading the procedures…</source>
        <translation>Đang tải các thủ tục…</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>bản nháp %1</translation>
    </message>
    <message>
        <source>The process shown has changes that are not applied. Discard them?</source>
        <translation>Quy trình đang hiện có thay đổi chưa áp dụng. Bỏ các thay đổi đó?</translation>
    </message>
    <message>
        <source>Choose a procedure (or one of its cases) in the list.</source>
        <translation>Hãy chọn một thủ tục (hoặc một trường hợp của nó) trong danh sách.</translation>
    </message>
    <message>
        <source>%1 has several cases, each with its process: choose a case.</source>
        <translation>%1 có nhiều trường hợp, mỗi trường hợp có quy trình riêng: hãy chọn một trường hợp.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: draft %2. Apply saves the draft.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: bản nháp %2. Áp dụng sẽ lưu bản nháp.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2 as published. Apply saves the change as a new draft, to publish on the Procedures page.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: phiên bản %2 đã công bố. Áp dụng sẽ lưu thay đổi thành một bản nháp mới, để công bố ở trang Thủ tục.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Saved as draft %1 of %2: publish it on the Procedures page.</source>
        <translation>Đã lưu thành bản nháp %1 của %2: công bố ở trang Thủ tục.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ProcessingView</name>
    <message>
        <source>Print apology (form 04)…</source>
        <translation>In phiếu xin lỗi (Mẫu 04)…</translation>
    </message>
    <message>
        <source>Saved on this workstation, not yet sent to the server</source>
        <translation>Đã lưu trên máy trạm này, chưa gửi lên máy chủ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Tên giấy tờ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Copies (O/C/P)</source>
        <translation>Bản chính/sao/chụp</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Số hóa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Ngày hẹn trả:</translation>
    </message>
    <message>
        <source>Current step:</source>
        <translation>Bước xử lý hiện tại:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Cán bộ xử lý:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Thông tin hồ sơ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử xử lý</translation>
    </message>
    <message>
        <source>Scanned papers</source>
        <translation>Giấy tờ đã số hóa</translation>
    </message>
    <message>
        <source>Control slip (form 05)</source>
        <translation>Phiếu kiểm soát (Mẫu 05)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>No dossier open</source>
        <translation>Chưa mở hồ sơ nào</translation>
    </message>
    <message>
        <source>This dossier is not on this workstation yet. It appears after the next synchronisation with the server.</source>
        <translation>Hồ sơ này chưa có trên máy trạm này. Hồ sơ sẽ xuất hiện sau lần đồng bộ tiếp theo với máy chủ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owner:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Submitted by:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Received:&lt;/b&gt; %3 (%4)</source>
        <translation>&lt;b&gt;Chủ hồ sơ:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Người nộp hồ sơ:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Ngày tiếp nhận:&lt;/b&gt; %3 (%4)</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>chủ hồ sơ</translation>
    </message>
    <message>
        <source> — apology pending: new appointment %1 proposed by %2</source>
        <translation> — đang chờ phê duyệt phiếu xin lỗi: %2 đề xuất hẹn lại ngày trả kết quả %1</translation>
    </message>
    <message>
        <source>Step due %1</source>
        <translation>Hạn xử lý của bước: %1</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>chưa phân công</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>còn thiếu</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>đã số hóa</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>chưa số hóa</translation>
    </message>
    <message>
        <source>reused</source>
        <translation>tái sử dụng</translation>
    </message>
    <message>
        <source>The result document could not be attached: %1. Nothing was sent.</source>
        <translation>Không đính kèm được văn bản kết quả: %1. Chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation>Đang gửi “%1”…</translation>
    </message>
    <message>
        <source>“%1” done. %2</source>
        <translation>Đã thực hiện “%1”. %2</translation>
    </message>
    <message>
        <source>“%1” is waiting for this workstation&apos;s earlier changes of the dossier and is sent right after them.</source>
        <translation>“%1” đang chờ các thay đổi trước đó của hồ sơ trên máy trạm này và sẽ được gửi ngay sau các thay đổi đó.</translation>
    </message>
    <message>
        <source>“%1” is saved on this workstation and will be sent when the server can be reached.</source>
        <translation>“%1” đã được lưu trên máy trạm này và sẽ được gửi khi kết nối được máy chủ.</translation>
    </message>
    <message>
        <source>Someone else acted on this dossier first; your action was not applied. Loading the dossier as it is now…</source>
        <translation>Người khác đã thao tác trên hồ sơ này trước bạn; thao tác của bạn chưa được thực hiện. Đang tải lại hồ sơ theo trạng thái hiện tại…</translation>
    </message>
    <message>
        <source>“%1” was not done: %2</source>
        <translation>Chưa thực hiện được “%1”: %2</translation>
    </message>
    <message>
        <source>Last change: %1 by %2 at %3.</source>
        <translation>Thay đổi gần nhất: %1, do %2 thực hiện lúc %3.</translation>
    </message>
    <message>
        <source>Someone else acted on this dossier first; your “%1” was not applied. %2 %3 Check the dossier as it is now and decide again.</source>
        <translation>Người khác đã thao tác trên hồ sơ này trước bạn; thao tác “%1” của bạn chưa được thực hiện. %2 %3 Vui lòng kiểm tra hồ sơ theo trạng thái hiện tại rồi quyết định lại.</translation>
    </message>
    <message>
        <source>The server refused a change saved on this workstation: %1</source>
        <translation>Máy chủ đã từ chối một thay đổi được lưu trên máy trạm này: %1</translation>
    </message>
    <message>
        <source>“%1” sent. %2</source>
        <translation>Đã gửi “%1”. %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Hiện tại: %1</translation>
    </message>
    <message>
        <source>, step “%1”</source>
        <translation>, bước “%1”</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> do %1 xử lý</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>không nộp</translation>
    </message>
    <message>
        <source>Saving the result document, then sending “%1”…</source>
        <translation>Đang lưu văn bản kết quả, sau đó gửi “%1”…</translation>
    </message>
    <message>
        <source>%1 (dossier %2)</source>
        <translation>%1 (hồ sơ %2)</translation>
    </message>
</context>
<context>
    <name>motcua::client::QueueModel</name>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source> · not sent</source>
        <translation> · chưa gửi</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>CCCD/CMND %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <source>Step deadline</source>
        <translation>Hạn xử lý của bước</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Cán bộ xử lý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>motcua::client::QueuePanel</name>
    <message>
        <source>Received between</source>
        <translation>Tiếp nhận trong khoảng</translation>
    </message>
    <message>
        <source>Search this queue: code, name, phone, ID number</source>
        <translation>Tìm trong danh sách: mã hồ sơ, họ tên, số điện thoại, số CCCD/CMND</translation>
    </message>
    <message>
        <source>By deadline</source>
        <translation>Theo hạn xử lý</translation>
    </message>
    <message>
        <source>Newest received first</source>
        <translation>Tiếp nhận mới nhất trước</translation>
    </message>
    <message>
        <source>Oldest received first</source>
        <translation>Tiếp nhận cũ nhất trước</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>Tất cả thủ tục</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 dossiers. Narrow the search or the filters to see the others.</source>
        <translation>Đang hiển thị %1 hồ sơ đầu tiên trong tổng số %2 hồ sơ. Vui lòng thu hẹp điều kiện tìm kiếm hoặc bộ lọc để xem các hồ sơ còn lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) match</source>
        <translation>
            <numerusform>%n hồ sơ phù hợp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::RegisterModel</name>
    <message>
        <source>Refused</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung yêu cầu giải quyết</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Số bộ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Tên cá nhân, tổ chức</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận hồ sơ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <source>Returned
on</source>
        <translation>Ngày trả
kết quả</translation>
    </message>
    <message>
        <source>Returned
to</source>
        <translation>Người nhận
kết quả</translation>
    </message>
    <message>
        <source>Handed
over by</source>
        <translation>Người giao
kết quả</translation>
    </message>
    <message>
        <source>Receiving
officer</source>
        <translation>Cán bộ
tiếp nhận</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>motcua::client::RegisterPage</name>
    <message>
        <source>To&amp;day</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>Tháng nà&amp;y</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>Tháng t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến n&amp;gày:</translation>
    </message>
    <message>
        <source>Dossier tracking register</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Ngày bắt đầu không được sau ngày kết thúc.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) received from %1 to %2</source>
        <translation>
            <numerusform>Đã tiếp nhận %n hồ sơ từ ngày %1 đến ngày %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the re&amp;gister…</source>
        <translation>In &amp;sổ theo dõi…</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Từ ng&amp;ày:</translation>
    </message>
</context>
<context>
    <name>motcua::client::Reminders</name>
    <message numerus="yes">
        <source>%n new dossier(s) for you</source>
        <translation>
            <numerusform>Bạn có %n hồ sơ mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) due soon</source>
        <translation>
            <numerusform>%n hồ sơ sắp đến hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) overdue</source>
        <translation>
            <numerusform>%n hồ sơ quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> và %n hồ sơ khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::ReturnDialog</name>
    <message>
        <source>&amp;Other document (passport…)</source>
        <translation>Giấy tờ &amp;khác (hộ chiếu…)</translation>
    </message>
    <message>
        <source>Return the result — %1</source>
        <translation>Trả kết quả — %1</translation>
    </message>
    <message>
        <source>e.g. original papers kept back, signed the hand-over book</source>
        <translation>ví dụ: giữ lại bản chính giấy tờ, đã ký sổ giao nhận</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Owner: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Chủ hồ sơ: %3</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <source>The submitter</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>The authorised representative</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Người khác</translation>
    </message>
    <message>
        <source>Result collected by</source>
        <translation>Người nhận kết quả</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Người nhận:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>Số giấy tờ tùy &amp;thân:</translation>
    </message>
    <message>
        <source>Fees due at return</source>
        <translation>Phí, lệ phí thu khi trả kết quả</translation>
    </message>
    <message>
        <source>Total to collect:</source>
        <translation>Tổng số tiền cần thu:</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>Số &amp;biên lai:</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>Tiền &amp;mặt</translation>
    </message>
    <message>
        <source>Bank &amp;transfer</source>
        <translation>&amp;Chuyển khoản</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Hình thức thanh toán:</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>Ghi nhận trả kết quả</translation>
    </message>
    <message>
        <source>Enter the full name of the person collecting the result.</source>
        <translation>Vui lòng nhập họ và tên người nhận kết quả.</translation>
    </message>
    <message>
        <source>Enter the number of the identity document.</source>
        <translation>Vui lòng nhập số giấy tờ tùy thân.</translation>
    </message>
    <message>
        <source>Enter a valid ID number.</source>
        <translation>Vui lòng nhập số CCCD/CMND (hoặc mã số thuế) hợp lệ.</translation>
    </message>
    <message>
        <source>Collect the fees and enter the receipt number.</source>
        <translation>Vui lòng thu phí, lệ phí và nhập số biên lai.</translation>
    </message>
    <message>
        <source>Identity document other than an ID card</source>
        <translation>Giấy tờ tùy thân khác (không phải CCCD/CMND)</translation>
    </message>
    <message>
        <source>12-digit citizen ID, 9-digit old ID card, or tax code</source>
        <translation>CCCD 12 chữ số, CMND cũ 9 chữ số, hoặc mã số thuế</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
</context>
<context>
    <name>motcua::client::ScanDialog</name>
    <message>
        <source>Scan papers</source>
        <translation>Quét giấy tờ</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>Tìm &amp;lại</translation>
    </message>
    <message>
        <source>Sc&amp;anner:</source>
        <translation>&amp;Máy quét:</translation>
    </message>
    <message>
        <source>&amp;Paper from:</source>
        <translation>Nguồn &amp;giấy:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Chế độ:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Độ &amp;phân giải:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Xem &amp;trước</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>&amp;Quét</translation>
    </message>
    <message>
        <source>Turn &amp;left</source>
        <translation>Xoay sang t&amp;rái</translation>
    </message>
    <message>
        <source>Turn ri&amp;ght</source>
        <translation>Xoay &amp;sang phải</translation>
    </message>
    <message>
        <source>&amp;Delete page</source>
        <translation>&amp;Xóa trang</translation>
    </message>
    <message>
        <source>Sca&amp;n this page again</source>
        <translation>Quét lại tra&amp;ng này</translation>
    </message>
    <message>
        <source>&amp;Use these pages</source>
        <translation>&amp;Dùng các trang này</translation>
    </message>
    <message>
        <source>Scanning page %1…</source>
        <translation>Đang quét trang %1…</translation>
    </message>
    <message>
        <source>Searching for scanners…</source>
        <translation>Đang tìm máy quét…</translation>
    </message>
    <message>
        <source>Glass (one page)</source>
        <translation>Mặt kính (một trang)</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>Khay nạp giấy tự động (ADF)</translation>
    </message>
    <message>
        <source>Document feeder, both sides</source>
        <translation>Khay nạp giấy tự động (ADF), hai mặt</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Xám</translation>
    </message>
    <message>
        <source>Black and white (text)</source>
        <translation>Đen trắng (văn bản)</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned.</source>
        <translation>
            <numerusform>Đã quét %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel scann&amp;ing</source>
        <translation>Hủ&amp;y quét</translation>
    </message>
    <message>
        <source>The dialog can be closed once the pages are saved.</source>
        <translation>Có thể đóng hộp thoại khi các trang đã được lưu xong.</translation>
    </message>
</context>
<context>
    <name>motcua::client::ScanIntoDossierDialog</name>
    <message>
        <source>Scan papers into dossier %1</source>
        <translation>Quét giấy tờ vào hồ sơ %1</translation>
    </message>
    <message>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt; — %2&lt;br/&gt;%3</source>
        <translation>Hồ sơ &lt;b&gt;%1&lt;/b&gt; — %2&lt;br/&gt;%3</translation>
    </message>
    <message>
        <source>C&amp;omponent:</source>
        <translation>Thành phần &amp;hồ sơ:</translation>
    </message>
    <message>
        <source>Save &amp;to the component</source>
        <translation>Lư&amp;u vào thành phần hồ sơ</translation>
    </message>
    <message>
        <source>This dossier has no received component to scan into.</source>
        <translation>Hồ sơ này không có thành phần hồ sơ nào đã nhận để quét vào.</translation>
    </message>
    <message>
        <source>Sending a file to the server failed: %1</source>
        <translation>Gửi tệp lên máy chủ không thành công: %1</translation>
    </message>
    <message>
        <source>digitised</source>
        <translation>đã số hóa</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>chưa quét</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 waiting to be sent</source>
        <translation>
            <numerusform>%n tệp, %1 tệp đang chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n tệp</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>The pages will be saved to “%1” of dossier %2.</source>
        <translation>Các trang sẽ được lưu vào “%1” của hồ sơ %2.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to “%1”; sent to the server in the background.</source>
        <translation>
            <numerusform>Đã lưu %n trang vào “%1”; đang gửi lên máy chủ ở chế độ nền.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making the PDF of %n page(s)…</source>
        <translation>
            <numerusform>Đang tạo tệp PDF gồm %n trang…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n page(s) on this workstation…</source>
        <translation>
            <numerusform>Đang lưu %n trang trên máy trạm này…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::Scanner</name>
    <message>
        <source>Scanning was cancelled.</source>
        <translation>Đã hủy quét.</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is switched on and connected, then search again.</source>
        <translation>Không tìm thấy máy quét nào. Vui lòng kiểm tra máy quét đã bật và đã được kết nối, rồi tìm lại.</translation>
    </message>
    <message>
        <source>The scanner cannot be reached: it may be unplugged, switched off or renamed. Check it, then search for scanners again.</source>
        <translation>Không kết nối được máy quét: máy quét có thể đã bị rút cáp, tắt nguồn hoặc đổi tên. Vui lòng kiểm tra rồi tìm lại máy quét.</translation>
    </message>
    <message>
        <source>The scanner is busy: another program or computer is using it. Try again in a moment.</source>
        <translation>Máy quét đang bận: một chương trình hoặc máy tính khác đang sử dụng máy quét. Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Paper jam in the document feeder. Remove the jammed sheet, put the pages not yet scanned back in the feeder and scan them.</source>
        <translation>Kẹt giấy trong khay nạp giấy tự động. Vui lòng lấy tờ giấy bị kẹt ra, đặt lại các trang chưa quét vào khay nạp giấy rồi quét tiếp.</translation>
    </message>
    <message>
        <source>The document feeder is empty. Put the papers in the feeder and scan again.</source>
        <translation>Khay nạp giấy tự động đang trống. Vui lòng đặt giấy tờ vào khay nạp giấy rồi quét lại.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it and scan again.</source>
        <translation>Nắp máy đang mở. Vui lòng đóng nắp máy quét rồi quét lại.</translation>
    </message>
    <message>
        <source>The connection to the scanner was lost (unplugged or switched off?). Check its cable and power, then scan again.</source>
        <translation>Mất kết nối với máy quét (máy quét bị rút cáp hoặc tắt nguồn?). Vui lòng kiểm tra cáp và nguồn điện rồi quét lại.</translation>
    </message>
    <message>
        <source>Not enough memory for this scan. Choose a lower resolution or scan fewer pages at a time.</source>
        <translation>Không đủ bộ nhớ để quét. Vui lòng chọn độ phân giải thấp hơn hoặc quét ít trang hơn mỗi lần.</translation>
    </message>
    <message>
        <source>Access to the scanner was refused: this computer account may not use it. Ask the administrator.</source>
        <translation>Không được phép truy cập máy quét: tài khoản máy tính này có thể không có quyền sử dụng máy quét. Vui lòng liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The scanner&apos;s lamp is still warming up. Wait a moment and scan again.</source>
        <translation>Đèn của máy quét đang khởi động. Vui lòng chờ một lát rồi quét lại.</translation>
    </message>
    <message>
        <source>The scanner&apos;s transport lock is on. Release the lock and scan again.</source>
        <translation>Khóa vận chuyển của máy quét đang bật. Vui lòng mở khóa rồi quét lại.</translation>
    </message>
    <message>
        <source>The scanner does not support this operation.</source>
        <translation>Máy quét không hỗ trợ thao tác này.</translation>
    </message>
    <message>
        <source>The scanner refused these settings. Choose other settings and scan again.</source>
        <translation>Máy quét không chấp nhận các thiết lập này. Vui lòng chọn thiết lập khác rồi quét lại.</translation>
    </message>
    <message>
        <source>The scanner has no such paper source (for example no document feeder).</source>
        <translation>Máy quét không có nguồn giấy này (ví dụ: không có khay nạp giấy tự động).</translation>
    </message>
    <message>
        <source>The scanner cannot scan in this mode (colour, grey or black and white).</source>
        <translation>Máy quét không quét được ở chế độ này (màu, xám hoặc đen trắng).</translation>
    </message>
    <message>
        <source>The scanner stopped in the middle of a page; that page was not kept. Scan it again.</source>
        <translation>Máy quét dừng lại giữa chừng khi đang quét một trang; trang đó không được giữ lại. Vui lòng quét lại trang đó.</translation>
    </message>
    <message>
        <source>The scanner sent an image in a format MotCua cannot read. Try another mode.</source>
        <translation>Máy quét gửi ảnh ở định dạng mà MotCua không đọc được. Vui lòng thử chế độ khác.</translation>
    </message>
    <message>
        <source>The scanning system (SANE) could not be started on this computer.</source>
        <translation>Không khởi động được hệ thống quét (SANE) trên máy tính này.</translation>
    </message>
    <message>
        <source>The scanner reported an unknown problem.</source>
        <translation>Máy quét báo một lỗi không xác định.</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned before are kept.</source>
        <translation>
            <numerusform>%n trang đã quét trước đó vẫn được giữ lại.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::client::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Find a setting…</source>
        <translation>Tìm thiết lập…</translation>
    </message>
    <message>
        <source>The server cannot be reached: these settings are shown as last loaded and cannot be changed until it answers again.</source>
        <translation>Không kết nối được máy chủ: thiết lập được hiển thị như lần tải gần nhất và không sửa được cho đến khi máy chủ phản hồi trở lại.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>Đã thay đổi, chưa áp dụng</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has changes that are not applied.</source>
        <translation>Trang &quot;%1&quot; có thay đổi chưa được áp dụng.</translation>
    </message>
</context>
<context>
    <name>motcua::client::SimulationDialog</name>
    <message>
        <source>Simulate the process</source>
        <translation>Mô phỏng quy trình</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>&amp;Way through the process:</source>
        <translation>Đường &amp;đi trong quy trình:</translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation>&amp;Tiếp nhận lúc:</translation>
    </message>
    <message>
        <source>No way leads from intake to the result: check the process.</source>
        <translation>Không có đường nào từ bước tiếp nhận đến kết quả: hãy kiểm tra quy trình.</translation>
    </message>
    <message>
        <source>The simulation stopped: %1</source>
        <translation>Mô phỏng dừng lại: %1</translation>
    </message>
    <message>
        <source>The case needs no appointment; the last step is due %1.</source>
        <translation>Trường hợp này không cần hẹn trả; bước cuối có hạn %1.</translation>
    </message>
    <message>
        <source>Appointment: %1. Taking every step&apos;s whole time, this way ends %2, after the appointment: shorten the steps in red.</source>
        <translation>Hẹn trả: %1. Nếu mỗi bước dùng hết thời gian, đường này kết thúc lúc %2, sau ngày hẹn: hãy rút ngắn các bước màu đỏ.</translation>
    </message>
    <message>
        <source>Appointment: %1. This way ends %2, in time.</source>
        <translation>Hẹn trả: %1. Đường này kết thúc lúc %2, đúng hạn.</translation>
    </message>
</context>
<context>
    <name>motcua::client::StepTableModel</name>
    <message>
        <source>by status</source>
        <translation>theo trạng thái</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chịu trách nhiệm</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Tính theo</translation>
    </message>
    <message>
        <source>National status</source>
        <translation>Trạng thái quốc gia</translation>
    </message>
    <message>
        <source>May return</source>
        <translation>Được trả lại</translation>
    </message>
    <message>
        <source>Tell the citizen</source>
        <translation>Báo cho công dân</translation>
    </message>
    <message>
        <source>Not allowed here</source>
        <translation>Không cho phép tại bước</translation>
    </message>
</context>
<context>
    <name>motcua::client::TodayPanel</name>
    <message>
        <source>Weekly rest day</source>
        <translation>Ngày nghỉ hằng tuần</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết)</source>
        <translation>Tết Nguyên đán</translation>
    </message>
    <message>
        <source>Hùng Kings&apos; Commemoration Day</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Ngày Giải phóng miền Nam, thống nhất đất nước</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>Ngày Quốc tế Lao động</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
    <message>
        <source>Compensatory day off</source>
        <translation>Nghỉ bù</translation>
    </message>
    <message>
        <source>Set by the administrator</source>
        <translation>Theo quyết định của quản trị viên</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <source>Coming days off</source>
        <translation>Các ngày nghỉ sắp tới</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hôm nay: %1</translation>
    </message>
    <message>
        <source>The calendar does not cover this date.</source>
        <translation>Lịch làm việc không có ngày này.</translation>
    </message>
    <message>
        <source>Working day, hours %1</source>
        <translation>Ngày làm việc, giờ làm việc %1</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>Ngày nghỉ: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Weekly rest day (%1)</source>
        <translation>Ngày nghỉ hằng tuần (%1)</translation>
    </message>
</context>
<context>
    <name>motcua::client::TransitionTableModel</name>
    <message>
        <source>%1 (no such step)</source>
        <translation>%1 (không có bước này)</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Từ bước</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Đến bước</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Chữ trên nút</translation>
    </message>
</context>
<context>
    <name>motcua::client::TrayNotifier</name>
    <message>
        <source>MotCua</source>
        <translation>MotCua</translation>
    </message>
</context>
<context>
    <name>motcua::client::UpdateBanner</name>
    <message>
        <source>The server is newer than this version of MotCua. Please ask for the application to be updated; everything else keeps working meanwhile.</source>
        <translation>Máy chủ mới hơn phiên bản MotCua này. Hãy đề nghị cập nhật ứng dụng; trong khi chờ, mọi việc khác vẫn làm bình thường.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) cannot be shown on this workstation until then: %1.</source>
        <translation>
            <numerusform>%n hồ sơ chưa hiển thị được trên máy này cho đến khi cập nhật: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n catalogue entry(ies) set aside until then.</source>
        <translation>
            <numerusform>%n mục danh mục tạm để riêng cho đến khi cập nhật.</numerusform>
        </translation>
    </message>
</context>
</TS>
