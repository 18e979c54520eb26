<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>AssetCommands</name>
    <message>
        <source>Create {code}</source>
        <translation>Tạo {code}</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>Sửa {code}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n asset(s)</source>
        <translation>
            <numerusform>Xoá %n tài sản</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n asset(s)</source>
        <translation>
            <numerusform>Đổi trạng thái của %n tài sản</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetEditor</name>
    <message>
        <source>&amp;General</source>
        <translation>Thông tin &amp;chung</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Tệp đính &amp;kèm</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>Tài sản mới</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Các ngôi nhà</translation>
    </message>
    <message>
        <source>Add &amp;building</source>
        <translation>Thêm &amp;ngôi nhà</translation>
    </message>
    <message>
        <source>Remove buildin&amp;g</source>
        <translation>&amp;Bỏ ngôi nhà</translation>
    </message>
    <message>
        <source>Buildings on the land</source>
        <translation>Các ngôi nhà trên đất</translation>
    </message>
    <message>
        <source>Details: {kind}</source>
        <translation>Chi tiết: {kind}</translation>
    </message>
    <message>
        <source>{legacy} was divided among {count} new units. Choose the one that received this asset (the first is the official default).</source>
        <translation>{legacy} đã được chia cho {count} đơn vị mới. Hãy chọn đơn vị tiếp nhận tài sản này (đơn vị đầu tiên là mặc định theo quy định).</translation>
    </message>
    <message>
        <source>Asset {code}</source>
        <translation>Tài sản {code}</translation>
    </message>
    <message>
        <source>Loading the history</source>
        <translation>Đang tải lịch sử</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Gỡ tệp</translation>
    </message>
    <message>
        <source>File restored</source>
        <translation>Khôi phục tệp</translation>
    </message>
    <message>
        <source>Saving the asset</source>
        <translation>Đang lưu tài sản</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Some fields need correcting: see the messages next to them.</source>
        <translation>Một số trường cần sửa: xem thông báo bên cạnh từng trường.</translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Remaining value</source>
        <translation>Giá trị còn lại</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>&amp;Remove from proposal</source>
        <translation>&amp;Bỏ khỏi đề xuất</translation>
    </message>
    <message>
        <source>Assets in this proposal</source>
        <translation>Tài sản trong đề xuất</translation>
    </message>
    <message>
        <source>Search the catalogue: code, name, address…</source>
        <translation>Tìm trong danh mục: mã, tên, địa chỉ…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>&amp;Add to proposal</source>
        <translation>&amp;Thêm vào đề xuất</translation>
    </message>
    <message>
        <source>Find assets in the catalogue</source>
        <translation>Tìm tài sản trong danh mục</translation>
    </message>
    <message>
        <source>Searching the catalogue</source>
        <translation>Đang tìm trong danh mục</translation>
    </message>
    <message>
        <source>The first {count} matches; type more to narrow the search.</source>
        <translation>{count} kết quả đầu tiên; gõ thêm để thu hẹp.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) found</source>
        <translation>
            <numerusform>Tìm thấy %Ln tài sản</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}, remaining value {total}</source>
        <translation>{count}, giá trị còn lại {total}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln tài sản</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Current unit</source>
        <translation>Đơn vị hiện nay</translation>
    </message>
    <message>
        <source>Former unit</source>
        <translation>Đơn vị cũ</translation>
    </message>
    <message>
        <source>In use since</source>
        <translation>Năm sử dụng</translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation>Nguyên giá</translation>
    </message>
    <message>
        <source>Remaining value</source>
        <translation>Giá trị còn lại</translation>
    </message>
    <message>
        <source>Land area (m²)</source>
        <translation>Diện tích đất (m²)</translation>
    </message>
    <message>
        <source>Handling form</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sửa lần cuối</translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <source>Search by name, code, address, plate, unit…</source>
        <translation>Tìm theo tên, mã, địa chỉ, biển số, đơn vị…</translation>
    </message>
    <message>
        <source>Search assets</source>
        <translation>Tìm tài sản</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;New asset…</source>
        <translation>Tài sản &amp;mới…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Handling form</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉ&amp;nh/TP:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>&amp;Handling form:</source>
        <translation>&amp;Hình thức xử lý:</translation>
    </message>
    <message>
        <source>New status for the selected assets</source>
        <translation>Trạng thái mới cho các tài sản đã chọn</translation>
    </message>
    <message>
        <source>Selected assets: set status &amp;to</source>
        <translation>Tài sản đã chọn: đổi trạng thái &amp;thành</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Áp &amp;dụng</translation>
    </message>
    <message>
        <source>&amp;Export selection…</source>
        <translation>&amp;Xuất danh sách chọn…</translation>
    </message>
    <message>
        <source>Add to a p&amp;roposal…</source>
        <translation>Đưa vào &amp;phương án…</translation>
    </message>
    <message>
        <source>Not available from the asset list yet: add assets in the handling proposal&apos;s own form.</source>
        <translation>Chưa thực hiện được từ danh sách tài sản: hãy thêm tài sản trong biểu mẫu của phương án xử lý.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xoá…</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Current commune</source>
        <translation>Xã, phường hiện nay</translation>
    </message>
    <message>
        <source>Former commune</source>
        <translation>Xã, phường cũ</translation>
    </message>
    <message>
        <source>C&amp;urrent commune:</source>
        <translation>Xã/phường &amp;hiện nay:</translation>
    </message>
    <message>
        <source>&amp;Former commune:</source>
        <translation>Xã/phường &amp;cũ:</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Đang tìm kiếm</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln tài sản</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the status</source>
        <translation>Đang đổi trạng thái</translation>
    </message>
    <message>
        <source>Delete assets</source>
        <translation>Xoá tài sản</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected asset(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Xoá %n tài sản đã chọn? Có thể hoàn tác bằng Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Export selected assets</source>
        <translation>Xuất các tài sản đã chọn</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Tệp CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exporting assets</source>
        <translation>Đang xuất tài sản</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) exported</source>
        <translation>
            <numerusform>Đã xuất %n tài sản</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <source>&amp;Kind of document:</source>
        <translation>&amp;Loại tài liệu:</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>Drop photos (JPEG, PNG, TIFF, WebP) or PDF scans here, up to 50 MB each.</source>
        <translation>Kéo thả ảnh (JPEG, PNG, TIFF, WebP) hoặc bản quét PDF vào đây, mỗi tệp tối đa 50 MB.</translation>
    </message>
    <message>
        <source>Save the asset first, then attach its photos and documents.</source>
        <translation>Hãy lưu tài sản trước, sau đó đính kèm ảnh và tài liệu.</translation>
    </message>
    <message>
        <source>Loading attachments</source>
        <translation>Đang tải tệp đính kèm</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n tệp đính kèm</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach photos or scans</source>
        <translation>Đính kèm ảnh hoặc bản quét</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</source>
        <translation>Ảnh và bản quét (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Đang đính kèm tệp</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Đang mở tệp</translation>
    </message>
    <message>
        <source>Removing the attachment</source>
        <translation>Đang gỡ tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <source>Cancelling…</source>
        <translation>Đang huỷ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your saved data is safe, but the last action may not have been completed. If it happens again, please send the details below and the log file to your administrator.</source>
        <translation>Đã xảy ra một lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn, nhưng thao tác vừa rồi có thể chưa hoàn tất. Nếu lỗi lặp lại, vui lòng gửi thông tin chi tiết dưới đây và tệp nhật ký cho quản trị viên.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Tệp nhật ký: {path}</translation>
    </message>
    <message>
        <source>No log file is being written.</source>
        <translation>Không có tệp nhật ký nào đang được ghi.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Thông tin kỹ thuật</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>surplus assets</source>
        <translation>tài sản dôi dư</translation>
    </message>
    <message>
        <source>original cost</source>
        <translation>nguyên giá</translation>
    </message>
    <message>
        <source>remaining value</source>
        <translation>giá trị còn lại</translation>
    </message>
    <message>
        <source>land area</source>
        <translation>diện tích đất</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Theo loại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại tài sản</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Theo tình trạng xử lý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng xử lý</translation>
    </message>
    <message>
        <source>By handling form</source>
        <translation>Theo hình thức xử lý</translation>
    </message>
    <message>
        <source>Handling form</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>By current commune</source>
        <translation>Theo xã/phường hiện nay</translation>
    </message>
    <message>
        <source>Current commune</source>
        <translation>Xã/phường hiện nay</translation>
    </message>
    <message>
        <source>Handling progress by kind</source>
        <translation>Tiến độ xử lý theo loại tài sản</translation>
    </message>
    <message>
        <source>Click a row to show these assets.</source>
        <translation>Bấm vào một dòng để xem các tài sản này.</translation>
    </message>
    <message>
        <source>No handling form chosen yet</source>
        <translation>Chưa chọn hình thức xử lý</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Đang tính số liệu</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>Tất cả tài sản</translation>
    </message>
    <message>
        <source>{percent} handled</source>
        <translation>đã xử lý {percent}</translation>
    </message>
    <message>
        <source>Figures at {time}</source>
        <translation>Số liệu lúc {time}</translation>
    </message>
    <message>
        <source>No assets recorded yet.</source>
        <translation>Chưa có tài sản nào.</translation>
    </message>
    <message>
        <source>Loading units</source>
        <translation>Đang nạp đơn vị hành chính</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Cannot complete the operation</source>
        <translation>Không thể thực hiện thao tác</translation>
    </message>
    <message>
        <source>Please correct the following and try again:</source>
        <translation>Vui lòng sửa các mục sau rồi thử lại:</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>{amount} bn ₫</source>
        <translation>{amount} tỷ ₫</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Assets</source>
        <translation>Số tài sản</translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation>Nguyên giá</translation>
    </message>
    <message>
        <source>Remaining value</source>
        <translation>Giá trị còn lại</translation>
    </message>
    <message>
        <source>Land area</source>
        <translation>Diện tích đất</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <source>This database has no user accounts yet. Create the administrator account: the administrator then adds the officers and reviewers who will use the application.</source>
        <translation>Cơ sở dữ liệu chưa có tài khoản nào. Hãy tạo tài khoản quản trị; người quản trị sẽ thêm tài khoản cho cán bộ nghiệp vụ và lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>e.g. quantri</source>
        <translation>ví dụ: quantri</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Tạo và đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Creating the administrator account…</source>
        <translation>Đang tạo tài khoản quản trị…</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <source>The database has no assets yet</source>
        <translation>Cơ sở dữ liệu chưa có tài sản nào</translation>
    </message>
    <message>
        <source>You can try the application with demo data: {count} realistic assets (headquarters, official housing, cars and equipment) of the former communes of one province. Demo records have codes containing DEMO. Or start with an empty catalogue and record your own assets.</source>
        <translation>Bạn có thể dùng thử phần mềm với dữ liệu mẫu: {count} tài sản giống thực tế (trụ sở, nhà công vụ, xe ô tô và máy móc, thiết bị) của các xã cũ thuộc một tỉnh. Mã của tài sản mẫu có chữ DEMO. Hoặc bắt đầu với danh mục trống và tự nhập tài sản của đơn vị.</translation>
    </message>
    <message>
        <source>Province of the demo data</source>
        <translation>Tỉnh của dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;Province of the demo data:</source>
        <translation>&amp;Tỉnh của dữ liệu mẫu:</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Nạp &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Bắt đầu với danh mục &amp;trống</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Hủy nạp</translation>
    </message>
    <message>
        <source>Loading demo assets…</source>
        <translation>Đang nạp tài sản mẫu…</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>Nạp dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang huỷ…</translation>
    </message>
    <message>
        <source>Loading was cancelled; nothing was added.</source>
        <translation>Đã hủy nạp; không có tài sản nào được thêm.</translation>
    </message>
    <message>
        <source>Loaded {count} demo assets.</source>
        <translation>Đã nạp {count} tài sản mẫu.</translation>
    </message>
    <message>
        <source>Counting assets</source>
        <translation>Đếm tài sản</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sign in with your account to work on the register.</source>
        <translation>Đăng nhập bằng tài khoản của bạn để làm việc với sổ tài sản.</translation>
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
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Surplus Public Assets</source>
        <translation>Quản lý tài sản công dôi dư</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;New asset</source>
        <translation>Tài sản &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>&amp;Navigation panel</source>
        <translation>Thanh điều &amp;hướng</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Toàn &amp;màn hình</translation>
    </message>
    <message>
        <source>&amp;About Surplus Assets</source>
        <translation>&amp;Giới thiệu phần mềm</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>This page has no search box.</source>
        <translation>Trang này không có ô tìm kiếm.</translation>
    </message>
    <message>
        <source>The asset list is not available in this version.</source>
        <translation>Danh sách tài sản chưa có trong phiên bản này.</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Cơ sở dữ liệu: {name}</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Người dùng: {name}</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <source>Assets: —</source>
        <translation>Tài sản: —</translation>
    </message>
    <message>
        <source>Counting assets…</source>
        <translation>Đang đếm tài sản…</translation>
    </message>
    <message>
        <source>Counting assets</source>
        <translation>Đếm tài sản</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln tài sản</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets: unavailable</source>
        <translation>Tài sản: không lấy được số liệu</translation>
    </message>
    <message>
        <source>About Surplus Assets</source>
        <translation>Giới thiệu phần mềm</translation>
    </message>
    <message>
        <source>Surplus Public Assets {version}</source>
        <translation>Quản lý tài sản công dôi dư {version}</translation>
    </message>
    <message>
        <source>Catalogue of surplus public assets after the reorganisation of administrative units, handling proposals and signed reports.</source>
        <translation>Lập danh mục tài sản công dôi dư sau sắp xếp đơn vị hành chính, xây dựng phương án xử lý và lập báo cáo có ký số.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Proposal</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên phương án</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Số ngày quá hạn</translation>
    </message>
</context>
<context>
    <name>OverdueSection</name>
    <message>
        <source>Overdue proposals</source>
        <translation>Phương án quá hạn</translation>
    </message>
    <message>
        <source>Finding overdue proposals</source>
        <translation>Tìm phương án quá hạn</translation>
    </message>
    <message>
        <source>No proposals yet. Overdue handling proposals will be listed here once proposals are recorded: each one past its legal time limit, oldest first.</source>
        <translation>Chưa có phương án xử lý nào. Khi có phương án, những phương án đã quá thời hạn theo quy định sẽ được liệt kê ở đây, quá hạn lâu nhất trước.</translation>
    </message>
    <message>
        <source>No proposal is overdue.</source>
        <translation>Không có phương án nào quá hạn.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue proposals (%Ln)</source>
        <translation>
            <numerusform>Phương án quá hạn (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Đề xuất xử lý</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Đặt mật khẩu mới</translation>
    </message>
    <message>
        <source>Set a new password for {name}. Any lock after wrong passwords is lifted; tell the person their new password in person.</source>
        <translation>Đặt mật khẩu mới cho {name}. Khóa do nhập sai mật khẩu (nếu có) sẽ được gỡ; hãy báo mật khẩu mới trực tiếp cho người dùng.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Lưu mật khẩu</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>At least {count} characters, and not the user name.</source>
        <translation>Ít nhất {count} ký tự, không trùng tên đăng nhập.</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>New handling proposal</source>
        <translation>Đề xuất xử lý mới</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>Đề &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Opening the proposal</source>
        <translation>Đang mở đề xuất</translation>
    </message>
    <message>
        <source>Choose the assets, then the handling form and what it needs.</source>
        <translation>Chọn tài sản, sau đó chọn hình thức xử lý và điền các thông tin cần thiết.</translation>
    </message>
    <message>
        <source>Proposal {code}</source>
        <translation>Đề xuất {code}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Trạng thái: {state}</translation>
    </message>
    <message>
        <source>decision {number} of {date}, signed by {signer}</source>
        <translation>quyết định {number} ngày {date}, người ký {signer}</translation>
    </message>
    <message>
        <source>due {date} ({reason})</source>
        <translation>hạn {date} ({reason})</translation>
    </message>
    <message>
        <source>OVERDUE: {due}</source>
        <translation>QUÁ HẠN: {due}</translation>
    </message>
    <message>
        <source>read-only for your role</source>
        <translation>chỉ xem với vai trò của bạn</translation>
    </message>
    <message>
        <source>Save your changes first.</source>
        <translation>Hãy lưu thay đổi trước.</translation>
    </message>
    <message>
        <source>Saving the proposal</source>
        <translation>Đang lưu đề xuất</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>Left empty: made from the form and assets</source>
        <translation>Để trống: tự đặt theo hình thức và tài sản</translation>
    </message>
    <message>
        <source>— choose the new use —</source>
        <translation>— chọn công năng mới —</translation>
    </message>
    <message>
        <source>e.g. Trường THCS Hòa Bình</source>
        <translation>ví dụ: Trường THCS Hòa Bình</translation>
    </message>
    <message>
        <source>The reason for this handling and its legal basis</source>
        <translation>Lý do xử lý và căn cứ pháp lý</translation>
    </message>
    <message>
        <source>e.g. 1.250.000.000</source>
        <translation>ví dụ: 1.250.000.000</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Handling form:</source>
        <translation>&amp;Hình thức xử lý:</translation>
    </message>
    <message>
        <source>&amp;Sale method:</source>
        <translation>Phương thức &amp;bán:</translation>
    </message>
    <message>
        <source>New &amp;use:</source>
        <translation>Công năng &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Đơn vị &amp;tiếp nhận:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Lý do, căn cứ:</translation>
    </message>
    <message>
        <source>Estimated &amp;value:</source>
        <translation>Giá trị &amp;ước tính:</translation>
    </message>
    <message>
        <source>Responsible &amp;officer:</source>
        <translation>Cán bộ &amp;phụ trách:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>&amp;Ngày dự kiến hoàn thành:</translation>
    </message>
    <message>
        <source>— choose a handling form —</source>
        <translation>— chọn hình thức xử lý —</translation>
    </message>
    <message>
        <source>— the person who creates it —</source>
        <translation>— người lập đề xuất —</translation>
    </message>
    <message>
        <source>— decided later (auction by default) —</source>
        <translation>— quyết định sau (mặc định đấu giá) —</translation>
    </message>
    <message>
        <source>Add at least one asset from the catalogue.</source>
        <translation>Thêm ít nhất một tài sản từ danh mục.</translation>
    </message>
</context>
<context>
    <name>ProposalHistory</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Workflow steps</source>
        <translation>Các bước xử lý</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Không phê duyệt</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>Trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Taken back to revise</source>
        <translation>Nhận lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Handling started</source>
        <translation>Bắt đầu xử lý</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Handling form</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Giá trị ước tính</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Cán bộ phụ trách</translation>
    </message>
    <message>
        <source>Overdue: due {date} ({reason}).</source>
        <translation>Quá hạn: hạn {date} ({reason}).</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Search code, title, decision number…</source>
        <translation>Tìm mã, tiêu đề, số quyết định…</translation>
    </message>
    <message>
        <source>Search proposals</source>
        <translation>Tìm đề xuất</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All handling forms</source>
        <translation>Mọi hình thức xử lý</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Mọi tỉnh, thành phố</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Mọi xã, phường</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Chỉ đề xuất &amp;quá hạn</translation>
    </message>
    <message>
        <source>&amp;New proposal…</source>
        <translation>Đề xuất &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Handling proposals</source>
        <translation>Đề xuất xử lý tài sản</translation>
    </message>
    <message>
        <source>Loading proposals</source>
        <translation>Đang tải đề xuất</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposal(s)</source>
        <translation>
            <numerusform>%Ln đề xuất</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown}; {overdue}</source>
        <translation>{shown}; {overdue}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading provinces</source>
        <translation>Đang tải danh sách tỉnh</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Database in use:</source>
        <translation>Cơ sở dữ liệu đang dùng:</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <source>Logging is off</source>
        <translation>Không ghi nhật ký</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Mở thư mục nhật ký</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Thư mục nhật ký:</translation>
    </message>
    <message>
        <source>When asking for help, send the file surplus_assets.log from this folder. It never contains passwords or PINs.</source>
        <translation>Khi cần hỗ trợ, hãy gửi tệp surplus_assets.log trong thư mục này. Tệp nhật ký không bao giờ chứa mật khẩu hay mã PIN.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The new language will be used after you restart the application.</source>
        <translation>Ngôn ngữ mới sẽ được dùng sau khi bạn khởi động lại phần mềm.</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>Ngôn ngữ mới có hiệu lực sau khi khởi động lại phần mềm.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Opening the sign-in…</source>
        <translation>Đang mở màn hình đăng nhập…</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Su&amp;bmit for approval…</source>
        <translation>&amp;Trình duyệt…</translation>
    </message>
    <message>
        <source>Submit {code} for approval?</source>
        <translation>Trình duyệt đề xuất {code}?</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Phê duyệt…</translation>
    </message>
    <message>
        <source>Approve {code}</source>
        <translation>Phê duyệt đề xuất {code}</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Không phê duyệt…</translation>
    </message>
    <message>
        <source>Reject {code}</source>
        <translation>Không phê duyệt đề xuất {code}</translation>
    </message>
    <message>
        <source>Return for re&amp;vision…</source>
        <translation>Trả lại để &amp;sửa…</translation>
    </message>
    <message>
        <source>Return {code} for revision</source>
        <translation>Trả lại đề xuất {code} để chỉnh sửa</translation>
    </message>
    <message>
        <source>Re&amp;vise…</source>
        <translation>&amp;Nhận lại để sửa…</translation>
    </message>
    <message>
        <source>Take {code} back as a draft to revise it?</source>
        <translation>Đưa đề xuất {code} về dự thảo để chỉnh sửa?</translation>
    </message>
    <message>
        <source>&amp;Start handling…</source>
        <translation>&amp;Bắt đầu xử lý…</translation>
    </message>
    <message>
        <source>Start handling {code}?</source>
        <translation>Bắt đầu xử lý đề xuất {code}?</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Hoàn thành…</translation>
    </message>
    <message>
        <source>Mark {code} as completed?</source>
        <translation>Đánh dấu đề xuất {code} đã hoàn thành?</translation>
    </message>
    <message>
        <source>Ca&amp;ncel proposal…</source>
        <translation>&amp;Hủy đề xuất…</translation>
    </message>
    <message>
        <source>Cancel {code}</source>
        <translation>Hủy đề xuất {code}</translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-UBND</source>
        <translation>ví dụ: 123/QĐ-UBND</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch UBND tỉnh Nguyễn Văn B</source>
        <translation>ví dụ: Chủ tịch UBND tỉnh Nguyễn Văn B</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Required: say why, so the other side knows what to do.</source>
        <translation>Bắt buộc: nêu lý do để bên kia biết cần làm gì.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Ý &amp;kiến:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Type part of the name, e.g. hong ha</source>
        <translation>Gõ một phần tên, ví dụ: hong ha</translation>
    </message>
    <message>
        <source>{field}: choose the receiving unit</source>
        <translation>{field}: chọn đơn vị tiếp nhận</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Divided; also went to: {units}</source>
        <translation>Bị chia tách; một phần sáp nhập vào: {units}</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Số tài sản</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Select a province, commune or former commune.</source>
        <translation>Chọn một tỉnh, một xã/phường hoặc một xã/phường cũ.</translation>
    </message>
    <message>
        <source>&amp;Show assets</source>
        <translation>&amp;Xem tài sản</translation>
    </message>
    <message>
        <source>Counting assets…</source>
        <translation>Đang đếm tài sản…</translation>
    </message>
    <message>
        <source>Counting assets by unit</source>
        <translation>Đếm tài sản theo đơn vị</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) in the catalogue</source>
        <translation>
            <numerusform>%Ln tài sản trong danh mục</numerusform>
        </translation>
    </message>
    <message>
        <source>Official code: {code}</source>
        <translation>Mã đơn vị hành chính: {code}</translation>
    </message>
    <message>
        <source>Assets in the province: {count}</source>
        <translation>Số tài sản trong tỉnh: {count}</translation>
    </message>
    <message>
        <source>Assets held: {count}</source>
        <translation>Số tài sản đang quản lý: {count}</translation>
    </message>
    <message>
        <source>Assets received by {unit}: {count}</source>
        <translation>Số tài sản {unit} tiếp nhận: {count}</translation>
    </message>
    <message>
        <source>Merger: {name}, effective {date}</source>
        <translation>Đợt sắp xếp: {name}, hiệu lực từ {date}</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translation>Căn cứ pháp lý: {basis}</translation>
    </message>
    <message>
        <source>Not formed by a merger.</source>
        <translation>Không hình thành từ sắp xếp đơn vị hành chính.</translation>
    </message>
    <message>
        <source>Formed from {count} former units: {units}</source>
        <translation>Hình thành từ {count} đơn vị cũ: {units}</translation>
    </message>
    <message>
        <source>Former district: {name}</source>
        <translation>Huyện cũ: {name}</translation>
    </message>
    <message>
        <source>Divided among: {units}</source>
        <translation>Bị chia tách cho: {units}</translation>
    </message>
    <message>
        <source>Its assets are split among these communes; this row counts those received by {unit}.</source>
        <translation>Tài sản của đơn vị này được chia cho các xã/phường trên; dòng này chỉ đếm tài sản do {unit} tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>Account {name}</source>
        <translation>Tài khoản {name}</translation>
    </message>
    <message>
        <source>e.g. Chuyên viên, for signature blocks</source>
        <translation>ví dụ: Chuyên viên (dùng ở phần chữ ký)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Chức danh:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã khóa tài khoản</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Bị khóa đến {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>Officers catalogue assets and prepare proposals; reviewers approve, reject or return proposals; administrators manage accounts and settings.</source>
        <translation>Cán bộ nghiệp vụ lập danh mục tài sản và đề xuất xử lý; lãnh đạo duyệt phê duyệt, không phê duyệt hoặc trả lại đề xuất; quản trị hệ thống quản lý tài khoản và cài đặt.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Thêm tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Edit / change role…</source>
        <translation>&amp;Sửa, đổi vai trò…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Khóa tài khoản</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Mở lại tài khoản</translation>
    </message>
    <message>
        <source>Loading the accounts</source>
        <translation>Đang tải tài khoản</translation>
    </message>
    <message>
        <source>Changing the account</source>
        <translation>Đang thay đổi tài khoản</translation>
    </message>
</context>
</TS>
