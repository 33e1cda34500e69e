// Providers: Chinese locale for antd (dayjs's is set where it is used: shared/dayjs.ts), server state in
// react-query, the router. A 401 from any API call clears what was cached and returns to the login page,
// remembering where the person was.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { RouterProvider } from 'react-router-dom';
import { ApiError, setUnauthenticatedHandler } from './api/client';
import { forgetSignedIn } from './auth/first-visit';
import { ME_KEY } from './auth/session';
import { router } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A refusal will not change by asking again.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

setUnauthenticatedHandler(() => {
  // The next visit starts on boot.ts's own login card.
  forgetSignedIn();
  const { pathname, search } = window.location;
  // Without a session to begin with, RequireAuth sends the person to the login page itself.
  if (pathname.startsWith('/login') || !queryClient.getQueryData(ME_KEY)) return;
  queryClient.clear();
  void router.navigate(`/login?expired=1&next=${encodeURIComponent(pathname + search)}`, { replace: true });
});

// People who ask their system for less motion get none (antd's zoom, slide and fade animations are off).
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

const theme = {
  token: {
    motion: !reducedMotion,
    colorPrimary: '#1677ff',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
};

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>
  );
}
