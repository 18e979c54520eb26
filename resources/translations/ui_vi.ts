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
        <source>Change &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
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
        <source>Your password has been changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
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
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
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
