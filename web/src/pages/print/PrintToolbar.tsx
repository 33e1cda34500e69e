// The bar above a print view: 打印 (the browser's own print dialog, A4 by the page's print CSS) and 返回.
// The print CSS hides the bar, the menus and the header, so that the paper holds the form alone.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';

export function PrintToolbar({ ready }: { ready: boolean }) {
  const navigate = useNavigate();
  return (
    <div className="print-toolbar">
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
        返回
      </Button>
      <Button type="primary" icon={<PrinterOutlined />} disabled={!ready} onClick={() => window.print()}>
        打印
      </Button>
    </div>
  );
}
