// The article's SummingThread example, as the article prints it. Shown beside the TypeScript that runs;
// under CPython's GIL these two threads take turns and give no speedup for this CPU-bound loop.
export const SEED_SUMMING_THREAD = `import threading

class SummingThread(threading.Thread):
  def __init__(self, low, high):
    super(SummingThread, self).__init__()
    self.low = low
    self.high = high
    self.total = 0

  def run(self):
    for i in range(self.low, self.high):
      self.total += i

thread1 = SummingThread(0, 500000)
thread2 = SummingThread(500000, 1000000)
thread1.start() # This actually causes the thread to run
thread2.start()
thread1.join() # This waits until the thread has completed
thread2.join()
# At this point, both threads have completed
result = thread1.total + thread2.total
print(result)`;
