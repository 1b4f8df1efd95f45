import torch

# f(w) = w**2 + 3w, so by hand f'(w) = 2w + 3.
w = torch.tensor(2.0, requires_grad=True)
f = w**2 + 3 * w
print("f(2) =", f.item())
print("f.grad_fn:", type(f.grad_fn).__name__)

f.backward()  # autograd walks the recorded operations backwards
print("autograd f'(2) =", w.grad.item())
print("by hand 2*2 + 3 =", 2 * 2 + 3)
