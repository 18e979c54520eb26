<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Surplus Assets</source>
        <translation>Giới thiệu phần mềm</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>Giấy &amp;phép</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Giấy phép &amp;bên thứ ba</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
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
        <source>run from the source code (not an installed build)</source>
        <translation>chạy từ mã nguồn (không phải bản đóng gói)</translation>
    </message>
    <message>
        <source>Logging is off</source>
        <translation>Không ghi nhật ký</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>MIT licence. The bundled components keep their own licences: see the “Third-party licences” tab.</source>
        <translation>Giấy phép MIT. Các thành phần đi kèm giữ giấy phép riêng: xem thẻ “Giấy phép bên thứ ba”.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>Build date:</source>
        <translation>Ngày đóng gói:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Thư mục nhật ký:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Giấy phép:</translation>
    </message>
    <message>
        <source>{file} is not installed with this copy of the application.</source>
        <translation>Bản cài đặt này không có tệp {file}.</translation>
    </message>
</context>
<context>
    <name>AddToProposalDialog</name>
    <message>
        <source>Add to a proposal</source>
        <translation>Thêm vào đề xuất</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected asset(s) to a draft proposal:</source>
        <translation>
            <numerusform>Thêm %n tài sản đã chọn vào một đề xuất đang dự thảo:</numerusform>
        </translation>
    </message>
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
        <source>Assets</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>&amp;Add to the chosen proposal</source>
        <translation>&amp;Thêm vào đề xuất đã chọn</translation>
    </message>
    <message>
        <source>&amp;New proposal with these assets…</source>
        <translation>Đề xuất &amp;mới với các tài sản này…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Loading the draft proposals</source>
        <translation>Đang tải các đề xuất dự thảo</translation>
    </message>
    <message>
        <source>There is no draft proposal yet: start a new one with these assets.</source>
        <translation>Chưa có đề xuất dự thảo nào: hãy lập đề xuất mới với các tài sản này.</translation>
    </message>
    <message>
        <source>Adding the assets to {code}…</source>
        <translation>Đang thêm tài sản vào {code}…</translation>
    </message>
    <message>
        <source>Adding to the proposal</source>
        <translation>Đang thêm vào đề xuất</translation>
    </message>
    <message numerus="yes">
        <source>Added to {code}; it now covers %n asset(s).</source>
        <translation>
            <numerusform>Đã thêm vào {code}; đề xuất nay gồm %n tài sản.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added:</source>
        <translation>Chưa thêm được tài sản nào:</translation>
    </message>
    <message>
        <source>Nothing was added: {reason}</source>
        <translation>Chưa thêm được tài sản nào: {reason}</translation>
    </message>
</context>
<context>
    <name>AgencySettingsBox</name>
    <message>
        <source>Agency (shared by everyone using this database)</source>
        <translation>Cơ quan (dùng chung cho mọi người dùng cơ sở dữ liệu này)</translation>
    </message>
    <message>
        <source>&amp;Parent agency:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>&amp;Issuing agency:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>A&amp;bbreviation:</source>
        <translation>&amp;Viết tắt:</translation>
    </message>
    <message>
        <source>Place on &amp;documents:</source>
        <translation>Địa danh trên &amp;văn bản:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Asset &amp;code station:</source>
        <translation>&amp;Mã trạm trong mã tài sản:</translation>
    </message>
    <message>
        <source>e.g. Phú Thọ</source>
        <translation>ví dụ: Phú Thọ</translation>
    </message>
    <message>
        <source>e.g. HN01 (optional)</source>
        <translation>ví dụ: HN01 (không bắt buộc)</translation>
    </message>
    <message>
        <source>Replaces the generated middle part of new asset codes.</source>
        <translation>Thay phần giữa được sinh tự động trong mã của tài sản mới.</translation>
    </message>
    <message>
        <source>(in own name)</source>
        <translation>(ký trực tiếp)</translation>
    </message>
    <message>
        <source>TM. (on behalf of)</source>
        <translation>TM. (thay mặt)</translation>
    </message>
    <message>
        <source>KT. (deputy signing)</source>
        <translation>KT. (ký thay)</translation>
    </message>
    <message>
        <source>Q. (acting)</source>
        <translation>Q. (quyền)</translation>
    </message>
    <message>
        <source>TL. (by order)</source>
        <translation>TL. (thừa lệnh)</translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation>&amp;Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>&amp;Save agency settings</source>
        <translation>&amp;Lưu thông tin cơ quan</translation>
    </message>
    <message>
        <source>Sign in to see the agency settings.</source>
        <translation>Hãy đăng nhập để xem thông tin cơ quan.</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Chỉ quản trị viên được thay đổi các thông tin này.</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>Đang đọc cài đặt</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>Đang lưu cài đặt</translation>
    </message>
    <message>
        <source>Saved. Reports use these settings from now on.</source>
        <translation>Đã lưu. Từ nay các báo cáo dùng thông tin này.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Cơ sở dữ liệu dùng chung</translation>
    </message>
    <message>
        <source>Password for {url}:</source>
        <translation>Mật khẩu của {url}:</translation>
    </message>
    <message>
        <source>Reading the administrative units</source>
        <translation>Đang đọc danh mục đơn vị hành chính</translation>
    </message>
</context>
<context>
    <name>AssetCodeScope</name>
    <message>
        <source>asset code, e.g. PT-2025-000123</source>
        <translation>mã tài sản, ví dụ PT-2025-000123</translation>
    </message>
    <message>
        <source>&amp;Asset code:</source>
        <translation>Mã &amp;tài sản:</translation>
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
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>Show the version saved by the other person</source>
        <translation>Hiện phiên bản người khác đã lưu</translation>
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
    <name>AssetScope</name>
    <message>
        <source>The asset list&apos;s current filters</source>
        <translation>Bộ lọc hiện tại của danh sách tài sản</translation>
    </message>
    <message>
        <source>These filters:</source>
        <translation>Các bộ lọc sau:</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Tất cả tỉnh</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả loại</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả tình trạng</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <source>C&amp;ommune:</source>
        <translation>&amp;Xã, phường:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>tìm “{text}”</translation>
    </message>
    <message>
        <source>chosen units</source>
        <translation>đơn vị đã chọn</translation>
    </message>
    <message>
        <source>every asset (no filter)</source>
        <translation>mọi tài sản (không lọc)</translation>
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
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
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
        <source>&amp;Inventory of the listed assets…</source>
        <translation>&amp;Danh mục các tài sản đang liệt kê…</translation>
    </message>
    <message>
        <source>&amp;Dossier of the selected asset…</source>
        <translation>&amp;Hồ sơ tài sản đang chọn…</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>&amp;Báo cáo</translation>
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
    <name>BackupDialog</name>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The backup holds the whole database and every attached file, checked as it is written. Keep a copy away from this computer (a USB drive, the agency&apos;s file server).</source>
        <translation>Bản sao lưu chứa toàn bộ cơ sở dữ liệu và mọi tệp đính kèm, được kiểm tra ngay khi ghi. Hãy giữ một bản ở ngoài máy tính này (ổ USB, máy chủ tệp của cơ quan).</translation>
    </message>
    <message>
        <source>In the backup folder</source>
        <translation>Trong thư mục sao lưu</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation>Thư mục sao lưu: {folder}</translation>
    </message>
    <message>
        <source>&amp;Encrypt the backup with a passphrase</source>
        <translation>&amp;Mã hóa bản sao lưu bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>The passphrase is not saved anywhere: without it nobody, not even you, can restore this backup. Write it down and keep it somewhere safe.</source>
        <translation>Cụm mật khẩu không được lưu ở đâu cả: không có nó thì không ai, kể cả bạn, khôi phục được bản sao lưu này. Hãy ghi lại và cất ở nơi an toàn.</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Lưu vào:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Cụm &amp;mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Nhập lại cụm mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sao lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Lưu bản sao lưu thành</translation>
    </message>
    <message>
        <source>Surplus Assets backup (*.sabackup)</source>
        <translation>Bản sao lưu Tài sản dôi dư (*.sabackup)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>A file with this name already exists: choose another name.</source>
        <translation>Đã có tệp mang tên này: hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>Checking for changes</source>
        <translation>Đang kiểm tra thay đổi</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm the import</source>
        <translation>Xác nhận nhập dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Ready to import {file}:</source>
        <translation>Sẵn sàng nhập {file}:</translation>
    </message>
    <message>
        <source>• {add} new assets will be added</source>
        <translation>• thêm mới {add} tài sản</translation>
    </message>
    <message>
        <source>• {update} assets will be updated (same asset code)</source>
        <translation>• cập nhật {update} tài sản (cùng mã tài sản)</translation>
    </message>
    <message>
        <source>• {unchanged} rows are already in the register as they are</source>
        <translation>• {unchanged} dòng đã có sẵn trong sổ, không thay đổi</translation>
    </message>
    <message>
        <source>• {rejected} refused rows will be left out</source>
        <translation>• bỏ qua {rejected} dòng bị từ chối</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to write these rows in one step: either all of them are saved or none is.</source>
        <translation>Chưa có gì được ghi. Bấm Nhập để ghi các dòng này trong một lần: hoặc tất cả được lưu, hoặc không dòng nào.</translation>
    </message>
    <message>
        <source>Writing to the register…</source>
        <translation>Đang ghi vào sổ tài sản…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập dữ liệu</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>Không có gì được ghi: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Differences between the two versions</source>
        <translation>Khác biệt giữa hai phiên bản</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Tại đây</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Nhận về</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Conflicting records</source>
        <translation>Bản ghi xung đột</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Giữ của tôi</translation>
    </message>
    <message>
        <source>&amp;Take incoming</source>
        <translation>&amp;Lấy bản nhận về</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Quyết định &amp;sau</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>giữ của tôi</translation>
    </message>
    <message>
        <source>take incoming</source>
        <translation>lấy bản nhận về</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>chưa quyết định</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Không có xung đột.</translation>
    </message>
    <message>
        <source>{entity} {code} was changed both here (version {local}) and at the sender (version {incoming}). Compare the highlighted fields and choose which version to keep.</source>
        <translation>{entity} {code} đã được sửa cả tại đây (phiên bản {local}) và ở bên gửi (phiên bản {incoming}). Hãy so sánh các trường được tô màu và chọn phiên bản cần giữ.</translation>
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
    <name>DataSafety</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Kiểm &amp;tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Đã ghi bản sao lưu: {path}</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>No problem found. Checked: {checked} ({seconds} s).</source>
        <translation>Không phát hiện vấn đề nào. Đã kiểm tra: {checked} ({seconds} giây).</translation>
    </message>
    <message>
        <source>The check after start found problems in the data. Restoring the latest good backup puts back the data as it was then; changes made since are kept in the copy of the current database.</source>
        <translation>Lần kiểm tra khi khởi động đã phát hiện vấn đề trong dữ liệu. Khôi phục bản sao lưu tốt gần nhất sẽ đưa dữ liệu về như lúc đó; các thay đổi từ sau đó vẫn được giữ trong bản sao của cơ sở dữ liệu hiện tại.</translation>
    </message>
    <message>
        <source>The check found problems in the data.</source>
        <translation>Lần kiểm tra đã phát hiện vấn đề trong dữ liệu.</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Vẫn tiếp tục</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Surplus Assets backups (*.sabackup *.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu Tài sản dôi dư (*.sabackup *.sqlite3);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Background work is still running: the backup was not restored. Try again in a moment.</source>
        <translation>Một công việc chạy nền vẫn chưa xong: bản sao lưu chưa được khôi phục. Hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Bản sao lưu chưa được khôi phục</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>The backup was restored: {contents}.</source>
        <translation>Đã khôi phục bản sao lưu: {contents}.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in {path}.</source>
        <translation>Cơ sở dữ liệu trước khi khôi phục được giữ tại {path}.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
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
    <name>Exchange</name>
    <message>
        <source>Asset</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Sự kiện nhật ký</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <source>Export an exchange package</source>
        <translation>Xuất gói trao đổi</translation>
    </message>
    <message>
        <source>Write one file with the records changed here, to send to another office (by USB stick or e-mail). They import it with Tools ▸ Import exchange package.</source>
        <translation>Ghi một tệp chứa các bản ghi đã thay đổi tại đây để gửi cho cơ quan khác (qua USB hoặc thư điện tử). Bên nhận nhập tệp bằng Công cụ ▸ Nhập gói trao đổi.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>e.g. Sở Tài chính tỉnh</source>
        <translation>ví dụ: Sở Tài chính tỉnh</translation>
    </message>
    <message>
        <source>Only what changed since the last export to this destination</source>
        <translation>Chỉ những gì thay đổi từ lần xuất gần nhất cho nơi nhận này</translation>
    </message>
    <message>
        <source>Everything in this database</source>
        <translation>Toàn bộ cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Tệp sẽ ghi</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Sign the package with my certificate (.p12/.pfx)</source>
        <translation>&amp;Ký gói bằng chứng thư số của tôi (.p12/.pfx)</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>Certificate passphrase</source>
        <translation>Mật khẩu chứng thư số</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Chứng thư số:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>The passphrase is used once and never saved.</source>
        <translation>Mật khẩu chỉ dùng một lần và không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Reading the exchange history</source>
        <translation>Đang đọc lịch sử trao đổi</translation>
    </message>
    <message>
        <source>Save the exchange package</source>
        <translation>Lưu gói trao đổi</translation>
    </message>
    <message>
        <source>Exchange packages (*.zip)</source>
        <translation>Gói trao đổi (*.zip)</translation>
    </message>
    <message>
        <source>Choose your certificate</source>
        <translation>Chọn chứng thư số của bạn</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Chứng thư số (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Đang ghi gói…</translation>
    </message>
    <message>
        <source>Exporting the exchange package</source>
        <translation>Đang xuất gói trao đổi</translation>
    </message>
    <message>
        <source>Wrote {file}: {assets} assets, {proposals} proposals, {attachments} attachments, {events} audit events.</source>
        <translation>Đã ghi {file}: {assets} tài sản, {proposals} phương án, {attachments} tệp đính kèm, {events} sự kiện nhật ký.</translation>
    </message>
    <message>
        <source>The package is signed.</source>
        <translation>Gói đã được ký.</translation>
    </message>
    <message>
        <source>The package is not signed.</source>
        <translation>Gói không được ký.</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <source>Import an exchange package</source>
        <translation>Nhập gói trao đổi</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Choose the package (.zip) you received. It is checked first: nothing in this database changes until you press Apply.</source>
        <translation>Chọn gói (.zip) bạn nhận được. Gói được kiểm tra trước: cơ sở dữ liệu này không thay đổi gì cho đến khi bạn bấm Áp dụng.</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Tệp gói</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translation>&amp;Tệp gói:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Giống nhau</translation>
    </message>
    <message>
        <source>Kept here</source>
        <translation>Giữ bản tại đây</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>What the package would change</source>
        <translation>Những gì gói sẽ thay đổi</translation>
    </message>
    <message>
        <source>&amp;Check the package</source>
        <translation>&amp;Kiểm tra gói</translation>
    </message>
    <message>
        <source>&amp;Next: conflicts</source>
        <translation>&amp;Tiếp: xung đột</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose an exchange package</source>
        <translation>Chọn gói trao đổi</translation>
    </message>
    <message>
        <source>Exchange packages (*.zip)</source>
        <translation>Gói trao đổi (*.zip)</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Đang kiểm tra gói</translation>
    </message>
    <message>
        <source>The package was refused; nothing was changed.</source>
        <translation>Gói bị từ chối; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Made by {who} on {when} (installation {origin}).</source>
        <translation>Do {who} lập lúc {when} (bản cài đặt {origin}).</translation>
    </message>
    <message>
        <source>This package was already imported; there is nothing to apply.</source>
        <translation>Gói này đã được nhập; không còn gì để áp dụng.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and at the sender: choose which version to keep on the next page.</source>
        <translation>
            <numerusform>%n bản ghi đã được sửa cả tại đây và ở bên gửi: hãy chọn phiên bản cần giữ ở trang sau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this package is already here.</source>
        <translation>Mọi thứ trong gói này đã có tại đây.</translation>
    </message>
    <message>
        <source>Press Apply to import these changes.</source>
        <translation>Bấm Áp dụng để nhập các thay đổi này.</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Đang nhập gói</translation>
    </message>
    <message>
        <source>The package was imported: {new} new and {updated} updated records.</source>
        <translation>Đã nhập gói: {new} bản ghi mới và {updated} bản ghi cập nhật.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled as you chose.</source>
        <translation>
            <numerusform>Đã giải quyết %n xung đột theo lựa chọn của bạn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) were kept for later: settle them from Tools ▸ Pending exchange conflicts.</source>
        <translation>
            <numerusform>%n xung đột được giữ lại để xử lý sau: hãy giải quyết trong Công cụ ▸ Xung đột trao đổi đang chờ.</numerusform>
        </translation>
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
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one row per asset. Nothing is written to the register until you confirm at the end.</source>
        <translation>Sổ tính Excel (.xlsx) hoặc tệp CSV, mỗi dòng một tài sản. Không có gì được ghi vào sổ tài sản cho đến khi bạn xác nhận ở bước cuối.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Tệp bảng tính</translation>
    </message>
    <message>
        <source>Path of an .xlsx or .csv file</source>
        <translation>Đường dẫn tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Any layout is accepted: title rows above the table, headers over one or two rows, headers with or without diacritics, numbers written the Vietnamese or the English way, blank, heading and totals rows. The next step shows which field each column goes to, and you can change it. To start from a clean sheet with drop-down lists, save the import template and fill it in.</source>
        <translation>Chấp nhận mọi cách trình bày: dòng tiêu đề phía trên bảng, tiêu đề cột một hoặc hai dòng, có dấu hoặc không dấu, số viết kiểu Việt Nam hoặc kiểu tiếng Anh, dòng trống, dòng nhóm và dòng tổng cộng. Bước tiếp theo cho biết mỗi cột được nhập vào trường nào, và bạn có thể sửa. Muốn bắt đầu từ một bảng sạch có danh sách chọn, hãy lưu mẫu nhập liệu rồi điền vào.</translation>
    </message>
    <message>
        <source>Save the import &amp;template…</source>
        <translation>Lưu &amp;mẫu nhập liệu…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation>Chọn bảng tính cần nhập</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.xlsm *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Đang mở {name}…</translation>
    </message>
    <message>
        <source>Opening the spreadsheet</source>
        <translation>Đang mở bảng tính</translation>
    </message>
    <message>
        <source>• Sheet {sheet}: {why}</source>
        <translation>• Trang {sheet}: {why}</translation>
    </message>
    <message>
        <source>No sheet of this file holds a list of assets.</source>
        <translation>Không trang nào của tệp này chứa danh sách tài sản.</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Không thể nhập tệp này: {reason}</translation>
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
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Nhập từ bảng tính…</translation>
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
    <name>HeaderForm</name>
    <message>
        <source>Write the number before the slash, e.g. 12/BC-STC</source>
        <translation>Ghi số trước dấu gạch chéo, ví dụ 12/BC-STC</translation>
    </message>
    <message>
        <source>e.g. Phú Thọ</source>
        <translation>ví dụ Phú Thọ</translation>
    </message>
    <message>
        <source>Signing on behalf, e.g. KT. GIÁM ĐỐC</source>
        <translation>Ký thay, ví dụ KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>One recipient a line</source>
        <translation>Mỗi dòng một nơi nhận</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>On &amp;behalf:</source>
        <translation>&amp;Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Trích &amp;yếu:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Nơi nh&amp;ận:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of the application. It is in the docs/user-guide folder of the source code.</source>
        <translation>Bản cài đặt này không có tài liệu hướng dẫn sử dụng. Tài liệu nằm trong thư mục docs/user-guide của mã nguồn.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Open the user guide at this topic (F1)</source>
        <translation>Mở hướng dẫn sử dụng ở mục này (F1)</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Các chương</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ImportApprovalDialog</name>
    <message>
        <source>Import an approved report</source>
        <translation>Nhập báo cáo đã phê duyệt</translation>
    </message>
    <message>
        <source>Choose the plan report countersigned with approval. If every signature is intact and nothing it covers changed since, its proposals are approved with the decision written in the countersignature.</source>
        <translation>Chọn tờ trình phương án đã được ký duyệt. Nếu mọi chữ ký còn toàn vẹn và không có gì trong đó thay đổi từ khi lập, các đề xuất sẽ được phê duyệt theo quyết định ghi trong chữ ký duyệt.</translation>
    </message>
    <message>
        <source>the root certificate of the signing CA</source>
        <translation>chứng thư gốc của tổ chức cấp chứng thư số</translation>
    </message>
    <message>
        <source>only if the countersignature has none</source>
        <translation>chỉ khi chữ ký duyệt không ghi</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, only if the countersignature has none</source>
        <translation>dd/mm/yyyy, chỉ khi chữ ký duyệt không ghi</translation>
    </message>
    <message>
        <source>&amp;Countersigned report:</source>
        <translation>&amp;Báo cáo đã ký duyệt:</translation>
    </message>
    <message>
        <source>&amp;Trusted root:</source>
        <translation>Chứng thư &amp;gốc tin cậy:</translation>
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
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Countersigned report</source>
        <translation>Báo cáo đã ký duyệt</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trusted root certificate</source>
        <translation>Chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
        <translation>Chứng thư (*.pem *.cer *.crt *.der);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose the countersigned report.</source>
        <translation>Hãy chọn báo cáo đã ký duyệt.</translation>
    </message>
    <message>
        <source>Checking the report…</source>
        <translation>Đang kiểm tra báo cáo…</translation>
    </message>
    <message>
        <source>Importing the approval</source>
        <translation>Đang nhập phê duyệt</translation>
    </message>
    <message>
        <source>Nothing was approved.</source>
        <translation>Không có đề xuất nào được phê duyệt.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n proposal(s):</source>
        <translation>
            <numerusform>Đã phê duyệt %n đề xuất:</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision {number} of {date}, signed by {signer}.</source>
        <translation>Quyết định số {number} ngày {date}, do {signer} ký.</translation>
    </message>
    <message>
        <source>Warning: the certificate was not checked against a trusted root; choose the trusted root to check it.</source>
        <translation>Lưu ý: chứng thư số chưa được đối chiếu với chứng thư gốc tin cậy; hãy chọn chứng thư gốc để kiểm tra.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <source>Sheet</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Tiêu đề cột</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>{add} to add, {update} to update, {unchanged} unchanged, {rejected} refused</source>
        <translation>{add} thêm mới, {update} cập nhật, {unchanged} không đổi, {rejected} bị từ chối</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Nhập từ bảng tính</translation>
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
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
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
        <source>Catalogue a new asset</source>
        <translation>Ghi một tài sản mới vào danh mục</translation>
    </message>
    <message>
        <source>Search the current page</source>
        <translation>Tìm trong trang đang mở</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Mở hướng dẫn sử dụng</translation>
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
        <source>Sign in to see the register.</source>
        <translation>Đăng nhập để xem sổ tài sản.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
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
    <message>
        <source>&amp;Export exchange package…</source>
        <translation>&amp;Xuất gói trao đổi…</translation>
    </message>
    <message>
        <source>&amp;Import exchange package…</source>
        <translation>&amp;Nhập gói trao đổi…</translation>
    </message>
    <message>
        <source>Pending exchange &amp;conflicts…</source>
        <translation>&amp;Xung đột trao đổi đang chờ…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns to the register&apos;s fields</source>
        <translation>Ghép các cột với các trường của sổ tài sản</translation>
    </message>
    <message>
        <source>Each column was matched by its header; check the matches and change any that are wrong. A column set to “not imported” is left out.</source>
        <translation>Mỗi cột đã được ghép theo tiêu đề; hãy kiểm tra và sửa chỗ chưa đúng. Cột đặt là “không nhập” sẽ được bỏ qua.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Dòng tiêu đề</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Trang:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Dòng tiêu &amp;đề:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Giá trị mẫu</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Nhập vào trường</translation>
    </message>
    <message>
        <source>{sheet} ({why})</source>
        <translation>{sheet} ({why})</translation>
    </message>
    <message>
        <source>Sheets not read: {sheets}</source>
        <translation>Các trang không đọc: {sheets}</translation>
    </message>
    <message>
        <source>headers in rows {first}–{last}</source>
        <translation>tiêu đề ở dòng {first}–{last}</translation>
    </message>
    <message>
        <source>headers in row {row}</source>
        <translation>tiêu đề ở dòng {row}</translation>
    </message>
    <message>
        <source>; data from row {row}</source>
        <translation>; dữ liệu từ dòng {row}</translation>
    </message>
    <message>
        <source>; columns matched as you chose last time for these headers</source>
        <translation>; các cột được ghép như lần trước bạn đã chọn cho bộ tiêu đề này</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Trường cho cột {column}</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— không nhập —</translation>
    </message>
    <message>
        <source>{column} “{header}”</source>
        <translation>{column} “{header}”</translation>
    </message>
    <message>
        <source>Not imported ({count}): {columns}. Choose a field for any of them you want to keep.</source>
        <translation>Không nhập ({count}): {columns}. Hãy chọn trường cho cột nào bạn muốn giữ.</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>Mọi cột đều được nhập.</translation>
    </message>
    <message>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Mỗi trường chỉ lấy từ một cột: {fields}.</translation>
    </message>
    <message>
        <source>Sheet {sheet}: choose the column that holds the asset names.</source>
        <translation>Trang {sheet}: hãy chọn cột chứa tên tài sản.</translation>
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
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
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
    <name>PdfPreview</name>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Generate the report to see its pages here.</source>
        <translation>Lập báo cáo để xem trước các trang tại đây.</translation>
    </message>
    <message>
        <source>Opening the preview…</source>
        <translation>Đang mở bản xem trước…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be drawn: {reason}</source>
        <translation>Không vẽ được bản xem trước: {reason}</translation>
    </message>
</context>
<context>
    <name>PendingConflictsDialog</name>
    <message>
        <source>Pending exchange conflicts</source>
        <translation>Xung đột trao đổi đang chờ</translation>
    </message>
    <message>
        <source>Reading the conflicts…</source>
        <translation>Đang đọc các xung đột…</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Giữ của tôi</translation>
    </message>
    <message>
        <source>&amp;Take incoming</source>
        <translation>&amp;Lấy bản nhận về</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation>Đang đọc các xung đột</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision. Compare the two versions and keep one.</source>
        <translation>
            <numerusform>%n xung đột đang chờ quyết định. Hãy so sánh hai phiên bản và giữ một.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange conflicts are waiting for a decision.</source>
        <translation>Không có xung đột trao đổi nào đang chờ quyết định.</translation>
    </message>
    <message>
        <source>Settling the conflict</source>
        <translation>Đang giải quyết xung đột</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>The first rows of each sheet as they will be read. Blank, heading and totals rows are left out; every value is checked in the next step.</source>
        <translation>Các dòng đầu của mỗi trang như sẽ được đọc. Dòng trống, dòng nhóm và dòng tổng cộng được bỏ qua; mọi giá trị được kiểm tra ở bước sau.</translation>
    </message>
    <message>
        <source>Reading the first rows</source>
        <translation>Đang đọc các dòng đầu</translation>
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
    <name>ProposalScope</name>
    <message>
        <source>Proposals in the plan</source>
        <translation>Các đề xuất trong phương án</translation>
    </message>
    <message>
        <source>Loading proposals…</source>
        <translation>Đang tải các đề xuất…</translation>
    </message>
    <message>
        <source>Loading proposals</source>
        <translation>Đang tải các đề xuất</translation>
    </message>
    <message>
        <source>Tick the proposals the plan lists:</source>
        <translation>Đánh dấu các đề xuất đưa vào phương án:</translation>
    </message>
    <message>
        <source>There is no proposal yet.</source>
        <translation>Chưa có đề xuất nào.</translation>
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
    <name>RegisterEntryDialog</name>
    <message>
        <source>Report {number}</source>
        <translation>Báo cáo {number}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>{assets} asset(s) and {proposals} proposal(s)</source>
        <translation>{assets} tài sản và {proposals} đề xuất</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 của tệp</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 của dữ liệu</translation>
    </message>
    <message>
        <source>Report identifier</source>
        <translation>Mã định danh báo cáo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>What the report covers</source>
        <translation>Phạm vi báo cáo</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>Số liệu &amp;tính đến:</translation>
    </message>
    <message>
        <source>Document header</source>
        <translation>Thể thức văn bản</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Lập báo cáo</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>&amp;Ký số…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Tick at least one proposal for the plan.</source>
        <translation>Hãy đánh dấu ít nhất một đề xuất cho phương án.</translation>
    </message>
    <message>
        <source>Give the code of the asset.</source>
        <translation>Hãy nhập mã tài sản.</translation>
    </message>
    <message>
        <source>Generating the report</source>
        <translation>Đang lập báo cáo</translation>
    </message>
    <message>
        <source>Signed by {name}; not saved yet.</source>
        <translation>Đã ký bởi {name}; chưa lưu.</translation>
    </message>
    <message>
        <source>Generated, not signed; not saved yet.</source>
        <translation>Đã lập, chưa ký; chưa lưu.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Đang lưu báo cáo</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Đã lưu vào {path}</translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Đóng báo cáo</translation>
    </message>
    <message>
        <source>The signed report is not saved. Close without saving it? You would have to sign it again.</source>
        <translation>Báo cáo đã ký chưa được lưu. Đóng mà không lưu? Khi đó sẽ phải ký lại.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Inventory of surplus assets</source>
        <translation>Danh mục tài sản công dôi dư</translation>
    </message>
    <message>
        <source>Handling plan (form 01/TSC-XLTS)</source>
        <translation>Phương án xử lý (mẫu 01/TSC-XLTS)</translation>
    </message>
    <message>
        <source>Dossier of one asset</source>
        <translation>Hồ sơ một tài sản</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Chưa ký</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translation>Đã ký duyệt</translation>
    </message>
</context>
<context>
    <name>ReportRegisterModel</name>
    <message>
        <source>Created</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Lập báo cáo</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Kiểm tra chữ ký PDF…</translation>
    </message>
    <message>
        <source>&amp;Countersign a PDF…</source>
        <translation>Ký &amp;duyệt PDF…</translation>
    </message>
    <message>
        <source>&amp;Import approval…</source>
        <translation>&amp;Nhập phê duyệt…</translation>
    </message>
    <message>
        <source>Report register</source>
        <translation>Sổ đăng ký báo cáo</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Loading the report register</source>
        <translation>Đang tải sổ đăng ký báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in the register</source>
        <translation>
            <numerusform>%n báo cáo trong sổ đăng ký</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Backup file: {path}</source>
        <translation>Tệp sao lưu: {path}</translation>
    </message>
    <message>
        <source>&amp;Check the backup</source>
        <translation>&amp;Kiểm tra bản sao lưu</translation>
    </message>
    <message>
        <source>This backup is encrypted: type its passphrase.</source>
        <translation>Bản sao lưu này đã được mã hóa: hãy nhập cụm mật khẩu của nó.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Cụm &amp;mật khẩu:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Thời điểm tạo:</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Tạo bởi:</translation>
    </message>
    <message>
        <source>Restoring replaces the current database with this backup. The current database is first kept as a copy in {folder}, so nothing is lost. Then the application opens the restored database and asks you to sign in again: the accounts and passwords are those of the backup.</source>
        <translation>Khôi phục sẽ thay cơ sở dữ liệu hiện tại bằng bản sao lưu này. Trước đó, cơ sở dữ liệu hiện tại được giữ một bản sao trong {folder}, nên không mất gì. Sau đó ứng dụng mở cơ sở dữ liệu đã khôi phục và yêu cầu bạn đăng nhập lại: tài khoản và mật khẩu là của bản sao lưu.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Hãy nhập cụm mật khẩu của bản sao lưu.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>The backup is complete and undamaged.</source>
        <translation>Bản sao lưu đầy đủ và không bị hỏng.</translation>
    </message>
    <message>
        <source>version {version}, database schema {schema}</source>
        <translation>phiên bản {version}, lược đồ cơ sở dữ liệu {schema}</translation>
    </message>
    <message>
        <source>unknown (a copy made before an update of the application)</source>
        <translation>không rõ (bản sao tạo trước một lần cập nhật ứng dụng)</translation>
    </message>
    <message>
        <source>{date} (automatic daily backup)</source>
        <translation>{date} (sao lưu tự động hằng ngày)</translation>
    </message>
    <message>
        <source>{date} (backup made by a user)</source>
        <translation>{date} (do người dùng sao lưu)</translation>
    </message>
    <message>
        <source>{date} (copy kept before a restore)</source>
        <translation>{date} (bản giữ lại trước một lần khôi phục)</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {reason}</source>
        <translation>Không thể khôi phục bản sao lưu này: {reason}</translation>
    </message>
    <message>
        <source>{assets} assets, {proposals} proposals, {users} user accounts, {files} attached files, {events} audit events</source>
        <translation>{assets} tài sản, {proposals} đề nghị, {users} tài khoản người dùng, {files} tệp đính kèm, {events} sự kiện nhật ký</translation>
    </message>
</context>
<context>
    <name>SafetyOfferDialog</name>
    <message>
        <source>Restore from the &amp;latest good backup…</source>
        <translation>Khôi phục từ bản sao lưu tốt &amp;gần nhất…</translation>
    </message>
    <message>
        <source>&amp;Open another backup…</source>
        <translation>&amp;Mở bản sao lưu khác…</translation>
    </message>
    <message>
        <source>&amp;Full check</source>
        <translation>Kiểm tra &amp;đầy đủ</translation>
    </message>
    <message>
        <source>Also check every index and the contents of every attached file (slower).</source>
        <translation>Kiểm tra cả mọi chỉ mục và nội dung của mọi tệp đính kèm (chậm hơn).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The latest good backup is {file} of {date}.</source>
        <translation>Bản sao lưu tốt gần nhất là {file} ngày {date}.</translation>
    </message>
    <message>
        <source>No backup was found in the backup folder: open a backup file you keep elsewhere.</source>
        <translation>Không tìm thấy bản sao lưu nào trong thư mục sao lưu: hãy mở tệp sao lưu bạn cất ở nơi khác.</translation>
    </message>
    <message>
        <source>Only a user who may back up and restore the database (an officer or an administrator) can restore a backup: tell them about these problems.</source>
        <translation>Chỉ người dùng có quyền sao lưu và khôi phục cơ sở dữ liệu (chuyên viên hoặc quản trị viên) mới khôi phục được bản sao lưu: hãy báo cho họ các vấn đề này.</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Ở đâu:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cần làm:</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Mở bản sao lưu</translation>
    </message>
    <message>
        <source>Surplus Assets backups (*.sabackup *.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu Tài sản dôi dư (*.sabackup *.sqlite3);;Mọi tệp (*)</translation>
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
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>&amp;Encrypt backups with a passphrase</source>
        <translation>&amp;Mã hóa bản sao lưu bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>The passphrase is asked for each backup and never saved. Backups are made automatically once a day at start, in {folder}.</source>
        <translation>Cụm mật khẩu được hỏi mỗi lần sao lưu và không bao giờ được lưu lại. Mỗi ngày một bản sao lưu được tạo tự động khi khởi động, trong {folder}.</translation>
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
    <name>SharedDatabaseBox</name>
    <message>
        <source>Shared database (PostgreSQL)</source>
        <translation>Cơ sở dữ liệu dùng chung (PostgreSQL)</translation>
    </message>
    <message>
        <source>Several computers can work on one PostgreSQL database on the office network. Leave this empty to keep working on the database of this computer.</source>
        <translation>Nhiều máy tính có thể làm việc trên một cơ sở dữ liệu PostgreSQL trong mạng nội bộ. Để trống nếu tiếp tục dùng cơ sở dữ liệu trên máy này.</translation>
    </message>
    <message>
        <source>e.g. csdl.stc.local</source>
        <translation>ví dụ: csdl.stc.local</translation>
    </message>
    <message>
        <source>kept in the system&apos;s password store</source>
        <translation>được giữ trong kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Thử kết nối</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>&amp;Dùng cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Use the &amp;local database</source>
        <translation>Dùng cơ sở dữ liệu trên &amp;máy này</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Máy &amp;chủ:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>At the next start the application opens {url}.</source>
        <translation>Lần khởi động tới, ứng dụng sẽ mở {url}.</translation>
    </message>
    <message>
        <source>At the next start the application opens the database of this computer.</source>
        <translation>Lần khởi động tới, ứng dụng sẽ mở cơ sở dữ liệu trên máy này.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Đang thử kết nối</translation>
    </message>
    <message>
        <source>Saved. The new database is used after a restart.</source>
        <translation>Đã lưu. Cơ sở dữ liệu mới được dùng sau khi khởi động lại.</translation>
    </message>
    <message>
        <source>Saving the password</source>
        <translation>Đang lưu mật khẩu</translation>
    </message>
    <message>
        <source>Saved, with the password in the system&apos;s password store. The new database is used after a restart.</source>
        <translation>Đã lưu, mật khẩu được giữ trong kho mật khẩu của hệ thống. Cơ sở dữ liệu mới được dùng sau khi khởi động lại.</translation>
    </message>
    <message>
        <source>The database of this computer is used after a restart.</source>
        <translation>Cơ sở dữ liệu trên máy này được dùng sau khi khởi động lại.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Countersign a report</source>
        <translation>Ký duyệt báo cáo</translation>
    </message>
    <message>
        <source>Sign the report</source>
        <translation>Ký số báo cáo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Signed &amp;report:</source>
        <translation>&amp;Báo cáo đã ký:</translation>
    </message>
    <message>
        <source>Sa&amp;ve the countersigned copy as:</source>
        <translation>&amp;Lưu bản ký duyệt thành:</translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation>Ký bằng</translation>
    </message>
    <message>
        <source>A certificate &amp;file (.p12/.pfx)</source>
        <translation>&amp;Tệp chứng thư số (.p12/.pfx)</translation>
    </message>
    <message>
        <source>A USB &amp;token (PKCS#11)</source>
        <translation>&amp;USB token (PKCS#11)</translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation>Ghi trong chữ ký</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Nơi ký:</translation>
    </message>
    <message>
        <source>This signature &amp;approves the proposals</source>
        <translation>Chữ ký này &amp;phê duyệt các đề xuất</translation>
    </message>
    <message>
        <source>e.g. 45/QĐ-UBND</source>
        <translation>ví dụ 45/QĐ-UBND</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
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
        <source>The decision is written into your signature; importing the countersigned report then approves its proposals.</source>
        <translation>Quyết định được ghi vào chữ ký của bạn; khi nhập báo cáo đã ký duyệt, các đề xuất sẽ được phê duyệt.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ký</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Tệp chứng thư số:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>the token&apos;s driver (.dll/.so)</source>
        <translation>trình điều khiển của token (.dll/.so)</translation>
    </message>
    <message>
        <source>optional when the token holds one key</source>
        <translation>không bắt buộc khi token chỉ có một khóa</translation>
    </message>
    <message>
        <source>Token &amp;driver:</source>
        <translation>&amp;Trình điều khiển token:</translation>
    </message>
    <message>
        <source>Token &amp;label:</source>
        <translation>&amp;Nhãn token:</translation>
    </message>
    <message>
        <source>&amp;Key label:</source>
        <translation>Nhãn &amp;khóa:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>written from the decision</source>
        <translation>ghi theo quyết định</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Chứng thư số PKCS#12 (*.p12 *.pfx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Token driver</source>
        <translation>Trình điều khiển token</translation>
    </message>
    <message>
        <source>PKCS#11 drivers (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Trình điều khiển PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Signed report</source>
        <translation>Báo cáo đã ký</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the countersigned copy</source>
        <translation>Lưu bản ký duyệt</translation>
    </message>
    <message>
        <source>Choose the signed report to countersign.</source>
        <translation>Hãy chọn báo cáo đã ký cần ký duyệt.</translation>
    </message>
    <message>
        <source>Choose where to save the countersigned copy.</source>
        <translation>Hãy chọn nơi lưu bản ký duyệt.</translation>
    </message>
    <message>
        <source>Save the countersigned copy under another name: the signed original must stay as it is.</source>
        <translation>Hãy lưu bản ký duyệt với tên khác: bản gốc đã ký phải giữ nguyên.</translation>
    </message>
    <message>
        <source>Choose the token&apos;s driver (PKCS#11 module).</source>
        <translation>Hãy chọn trình điều khiển của token (mô-đun PKCS#11).</translation>
    </message>
    <message>
        <source>Give the token&apos;s label (see the token&apos;s manager).</source>
        <translation>Hãy nhập nhãn của token (xem trong phần mềm quản lý token).</translation>
    </message>
    <message>
        <source>Choose the certificate file (.p12/.pfx).</source>
        <translation>Hãy chọn tệp chứng thư số (.p12/.pfx).</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Đang ký số</translation>
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
    <name>SpreadsheetActions</name>
    <message>
        <source>Save the import template</source>
        <translation>Lưu mẫu nhập liệu</translation>
    </message>
    <message>
        <source>mau-nhap-tai-san.xlsx</source>
        <translation>mau-nhap-tai-san.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving the import template</source>
        <translation>Đang lưu mẫu nhập liệu</translation>
    </message>
    <message>
        <source>Import template saved to {path}.</source>
        <translation>Đã lưu mẫu nhập liệu vào {path}.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export assets</source>
        <translation>Xuất danh sách tài sản</translation>
    </message>
    <message>
        <source>tai-san.xlsx</source>
        <translation>tai-san.xlsx</translation>
    </message>
    <message>
        <source>Exporting assets…</source>
        <translation>Đang xuất tài sản…</translation>
    </message>
    <message>
        <source>Exporting assets</source>
        <translation>Đang xuất tài sản</translation>
    </message>
    <message>
        <source>{count} assets exported to {path}.</source>
        <translation>Đã xuất {count} tài sản ra {path}.</translation>
    </message>
    <message>
        <source>Export proposals</source>
        <translation>Xuất danh sách đề xuất</translation>
    </message>
    <message>
        <source>de-xuat.xlsx</source>
        <translation>de-xuat.xlsx</translation>
    </message>
    <message>
        <source>Exporting proposals</source>
        <translation>Đang xuất đề xuất</translation>
    </message>
    <message>
        <source>{count} proposals exported to {path}.</source>
        <translation>Đã xuất {count} đề xuất ra {path}.</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Nhập từ bảng tính…</translation>
    </message>
    <message>
        <source>&amp;Export asset list…</source>
        <translation>&amp;Xuất danh sách tài sản…</translation>
    </message>
    <message>
        <source>Export &amp;proposal list…</source>
        <translation>Xuất danh sách đề &amp;xuất…</translation>
    </message>
    <message>
        <source>Save import &amp;template…</source>
        <translation>Lưu &amp;mẫu nhập liệu…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Assets added:</source>
        <translation>Tài sản thêm mới:</translation>
    </message>
    <message>
        <source>Assets updated:</source>
        <translation>Tài sản cập nhật:</translation>
    </message>
    <message>
        <source>Rows unchanged (already in the register):</source>
        <translation>Dòng không đổi (đã có trong sổ):</translation>
    </message>
    <message>
        <source>Rows refused (not imported):</source>
        <translation>Dòng bị từ chối (không nhập):</translation>
    </message>
    <message>
        <source>The valid rows of {file} were written to the register in one step. The refused rows were left out: correct them in the file (the saved error list shows where) and import it again.</source>
        <translation>Các dòng hợp lệ của {file} đã được ghi vào sổ tài sản trong một lần. Các dòng bị từ chối đã được bỏ qua: hãy sửa chúng trong tệp (danh sách lỗi đã lưu chỉ rõ chỗ sai) rồi nhập lại.</translation>
    </message>
    <message>
        <source>Every row of {file} was written to the register in one step.</source>
        <translation>Mọi dòng của {file} đã được ghi vào sổ tài sản trong một lần.</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Page {number}</source>
        <translation>Trang {number}</translation>
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
<context>
    <name>ValidationPage</name>
    <message>
        <source>Check every row</source>
        <translation>Kiểm tra từng dòng</translation>
    </message>
    <message>
        <source>Every row is checked against the register&apos;s rules. Nothing has been written yet.</source>
        <translation>Mọi dòng được kiểm tra theo quy tắc của sổ tài sản. Chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>&amp;Cancel the check</source>
        <translation>&amp;Hủy kiểm tra</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kiểm tra &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Save the error list…</source>
        <translation>&amp;Lưu danh sách lỗi…</translation>
    </message>
    <message>
        <source>&amp;Import only the valid rows and leave out the refused ones</source>
        <translation>Chỉ &amp;nhập các dòng hợp lệ, bỏ qua các dòng bị từ chối</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Đang kiểm tra các dòng</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Every row can be imported: {counts}.</source>
        <translation>Mọi dòng đều nhập được: {counts}.</translation>
    </message>
    <message>
        <source>{problems} problem(s) in {rejected} row(s): {counts}. Nothing will be imported until they are corrected, unless you choose to import only the valid rows.</source>
        <translation>{problems} lỗi ở {rejected} dòng: {counts}. Sẽ không nhập gì cho đến khi sửa xong, trừ khi bạn chọn chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was written.</source>
        <translation>Đã hủy kiểm tra; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}, column {column}: {message}</source>
        <translation>Trang {sheet}, dòng {row}, cột {column}: {message}</translation>
    </message>
    <message>
        <source>Save the error list</source>
        <translation>Lưu danh sách lỗi</translation>
    </message>
    <message>
        <source>{name}-errors.xlsx</source>
        <translation>{name}-loi.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving the error list</source>
        <translation>Đang lưu danh sách lỗi</translation>
    </message>
    <message>
        <source>The error list was saved to {path}.</source>
        <translation>Đã lưu danh sách lỗi vào {path}.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed PDF</source>
        <translation>Kiểm tra chữ ký số của tệp PDF</translation>
    </message>
    <message>
        <source>the root certificate of the signing CA (.pem/.cer); optional</source>
        <translation>chứng thư gốc của tổ chức cấp chứng thư số (.pem/.cer); không bắt buộc</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>&amp;Tệp PDF:</translation>
    </message>
    <message>
        <source>&amp;Trusted root:</source>
        <translation>Chứng thư &amp;gốc tin cậy:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>Choose a PDF file and press Check.</source>
        <translation>Chọn tệp PDF rồi bấm Kiểm tra.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>PDF to verify</source>
        <translation>Tệp PDF cần kiểm tra</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trusted root certificate</source>
        <translation>Chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
        <translation>Chứng thư (*.pem *.cer *.crt *.der);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose the PDF file to verify.</source>
        <translation>Hãy chọn tệp PDF cần kiểm tra.</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Đang kiểm tra chữ ký…</translation>
    </message>
    <message>
        <source>Verifying the PDF</source>
        <translation>Đang kiểm tra tệp PDF</translation>
    </message>
    <message>
        <source>The file has no signature.</source>
        <translation>Tệp không có chữ ký số.</translation>
    </message>
    <message>
        <source>Every signature is intact: the document was not changed after signing.</source>
        <translation>Mọi chữ ký đều toàn vẹn: văn bản không bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source>NOT every signature is intact: the document was changed after signing. Do not rely on it.</source>
        <translation>KHÔNG phải mọi chữ ký đều toàn vẹn: văn bản đã bị thay đổi sau khi ký. Không dùng văn bản này.</translation>
    </message>
    <message>
        <source>Signature {index}: {name}</source>
        <translation>Chữ ký {index}: {name}</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>{time} (Viet Nam time)</source>
        <translation>{time} (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Dấu thời gian</translation>
    </message>
    <message>
        <source>No: the signed content is intact</source>
        <translation>Không: nội dung đã ký còn nguyên vẹn</translation>
    </message>
    <message>
        <source>(later signatures were added)</source>
        <translation>(có thêm chữ ký sau)</translation>
    </message>
    <message>
        <source>YES: the signed content was altered (broken)</source>
        <translation>CÓ: nội dung đã ký bị sửa (chữ ký hỏng)</translation>
    </message>
    <message>
        <source>YES: the document was changed after this signature</source>
        <translation>CÓ: văn bản bị thay đổi sau chữ ký này</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Bị thay đổi sau khi ký</translation>
    </message>
    <message>
        <source>not checked: choose the trusted root certificate</source>
        <translation>chưa kiểm tra: hãy chọn chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no ({problem})</source>
        <translation>không ({problem})</translation>
    </message>
    <message>
        <source>Certificate chains to a trusted root</source>
        <translation>Chuỗi chứng thư đến gốc tin cậy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Not checked offline</source>
        <translation>Chưa kiểm tra khi không có mạng</translation>
    </message>
    <message>
        <source>The PDF carries no report data of this application.</source>
        <translation>Tệp PDF không mang dữ liệu báo cáo của phần mềm này.</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>{assets} asset(s) and {proposals} proposal(s)</source>
        <translation>{assets} tài sản và {proposals} đề xuất</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>đúng</translation>
    </message>
    <message>
        <source>WRONG</source>
        <translation>SAI</translation>
    </message>
    <message>
        <source>Data checksum</source>
        <translation>Mã kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Trong sổ đăng ký</translation>
    </message>
    <message>
        <source>yes, {state}</source>
        <translation>có, {state}</translation>
    </message>
    <message>
        <source>Proposals in the report:</source>
        <translation>Các đề xuất trong báo cáo:</translation>
    </message>
    <message>
        <source>No asset or proposal it covers changed since the report was generated.</source>
        <translation>Không tài sản hay đề xuất nào trong báo cáo thay đổi từ khi lập.</translation>
    </message>
    <message>
        <source>Changed since the report was generated:</source>
        <translation>Đã thay đổi từ khi lập báo cáo:</translation>
    </message>
    <message>
        <source>{code}: deleted</source>
        <translation>{code}: đã xóa</translation>
    </message>
    <message>
        <source>{code}: version {old} → {new}, {state_old} → {state_new}</source>
        <translation>{code}: phiên bản {old} → {new}, {state_old} → {state_new}</translation>
    </message>
</context>
</TS>
